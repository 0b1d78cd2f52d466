package org.dangjian.rules;

/**
 * Where a finding stands against a baseline, the previous report (整改台账 and 回头看): NEW (not
 * in the previous report), PERSISTING (in both) or RESOLVED (in the previous report only, so
 * fixed since). A finding is the same finding when its (ruleId, subjectId, period) is.
 */
public enum FindingStatus {
    NEW, PERSISTING, RESOLVED
}
