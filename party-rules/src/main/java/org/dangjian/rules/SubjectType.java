package org.dangjian.rules;

/** What a finding is about: an organization, a person, or a host unit. */
public enum SubjectType {
    ORGANIZATION, PERSON, HOST_UNIT
}
