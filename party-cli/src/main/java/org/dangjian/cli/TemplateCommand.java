package org.dangjian.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dangjian.imports.workbook.WorkbookWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code party-audit template}: writes the project's blank workbook (党建数据模板), one sheet per
 * record kind with Chinese headers, drop-down lists for every coded column and an instructions
 * sheet, for a district to fill in by hand and give to {@code import} or {@code audit}.
 */
@Command(name = "template",
        mixinStandardHelpOptions = true,
        description = {"Writes the blank workbook to fill in (党建数据模板.xlsx): one sheet per record kind, drop-down "
                + "lists for coded columns, an instructions sheet (填写说明)."})
final class TemplateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "党建数据模板.xlsx",
            description = "The workbook to write (default: ${DEFAULT-VALUE}).")
    Path output;

    @Override
    public Integer call() throws IOException {
        WorkbookWriter.template(output);
        spec.commandLine().getOut().println("party-audit: the template is in " + output
                + "; fill it in, then: party-audit audit " + output.getFileName());
        return PartyAudit.OK;
    }
}
