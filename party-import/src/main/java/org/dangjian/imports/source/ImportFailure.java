package org.dangjian.imports.source;

/**
 * A failure that stops an import: a source that cannot be read as what it claims to be, a mapping
 * that does not fit it. Its message is for the user and names the place (a file, a sheet, a
 * mapping's line and column); no stack trace is shown for it.
 */
public class ImportFailure extends Exception {

    public ImportFailure(String message) {
        super(message);
    }

    public ImportFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
