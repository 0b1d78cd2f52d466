package org.dangjian.rules.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a rule pack may name besides the vocabulary package and its sub-packages: stated once, on
 * {@code org.dangjian.rules.vocabulary}'s {@code package-info.java}, beside the words that document
 * it, and read from there by the pack-safety check ({@link PackAllowList}). Of every type it admits
 * a pack uses the public members but constructors: the engine makes the facts and records.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
public @interface RuleVocabulary {

    /** Packages whose public types a pack may read (not their sub-packages): the dataset's records. */
    String[] recordPackages();

    /** Public types of {@link #recordPackages()} that are not vocabulary (the whole dataset). */
    Class<?>[] notRecords();

    /** Types of the API package a rule uses: the functions of the expectations, severities, subjects. */
    Class<?>[] api();

    /** The rules' global ({@code findings}): of it a rule may call only {@link #globalMembers()}. */
    Class<?> global();

    /** The global's members a rule calls; its others are the engine's. */
    String[] globalMembers();

    /** Members of vocabulary types that are the engine's ({@code Type.member}, simple names). */
    String[] engineMembers();
}
