package org.dangjian.model;

/** The kind of rectification (整顿): of a weak and lax organization (软弱涣散) or of a backward community (后进社区), as the dataset contract spells it. */
public enum RectificationKind {
    WEAK,
    BACKWARD
}
