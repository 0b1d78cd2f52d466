package org.dangjian.imports.mapping;

/** A place in a mapping file: {@code mapping.yaml:12:7} (line and column from 1). */
public record Location(String file, int line, int column) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
