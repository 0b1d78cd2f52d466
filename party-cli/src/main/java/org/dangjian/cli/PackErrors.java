package org.dangjian.cli;

import java.io.PrintWriter;
import java.util.List;
import org.dangjian.rules.PackProblem;
import org.dangjian.rules.authoring.PackArgument;

/** Prints a pack's problems the way every command does: a headline, then {@code file:line:column: message}. */
final class PackErrors {

    private PackErrors() {
    }

    /** Prints the problems (with files as the officer finds them, when {@code arg} is known) and returns 2. */
    static int print(PrintWriter err, String headline, List<PackProblem> problems, PackArgument arg) {
        err.println("party-audit: " + headline);
        for (PackProblem p : problems) {
            err.println("  " + (arg == null ? p : arg.display(p)));
        }
        err.flush();
        return PartyAudit.INVALID;
    }
}
