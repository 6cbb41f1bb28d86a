package vn.dienhinh.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import vn.dienhinh.context.AppContext;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.model.Field;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.UserException;
import vn.dienhinh.util.VietnameseText;

/** {@code list [--search TEXT] [--kind K] [--field F] [--format table|csv]}: the registry in Vietnamese order. */
final class ListCommand implements Cli.Command {

    @Override
    public int run(AppContext ctx, Args args, PrintStream out) {
        args.only("list", "search", "kind", "field", "format");
        boolean csv = Format.csv(args);
        ExemplarFilter f = ExemplarFilter.ALL.withSearch(args.get("search"));
        String kind = args.get("kind");
        if (kind != null) {
            f = f.withKind(Arrays.stream(ExemplarKind.values()).filter(k -> k.cliName().equals(kind.strip()))
                    .findFirst().orElseThrow(() -> new UserException("cli.badKind", kind)));
        }
        String field = args.get("field");
        if (field != null) {
            f = f.withField(findField(ctx, field).id());
        }
        TextTable table = new TextTable(List.of(Messages.get("col.id"), Messages.get("col.kind"),
                Messages.get("col.name"), Messages.get("col.birthYear"), Messages.get("col.unit"),
                Messages.get("col.fields"), Messages.get("col.status")));
        ctx.registry().forEachRow(f, r -> table.add(List.of(String.valueOf(r.id()), Messages.of(r.kind()), r.name(),
                r.birthYear() == null ? "" : String.valueOf(r.birthYear()), nz(r.unitName()), nz(r.fields()),
                Messages.of(r.status()))));
        table.print(out, csv);
        return 0;
    }

    /** A field by id, by name or short name (case and diacritics ignored), or by a unique name prefix. */
    static Field findField(AppContext ctx, String text) {
        List<Field> all = ctx.catalog().fields();
        String t = text.strip();
        if (t.matches("\\d+")) {
            return all.stream().filter(x -> x.id() == Long.parseLong(t)).findFirst()
                    .orElseThrow(() -> new UserException("cli.badField", text));
        }
        String fold = VietnameseText.fold(t);
        List<Field> exact = all.stream().filter(x -> VietnameseText.fold(x.name()).equals(fold)
                || VietnameseText.fold(x.label()).equals(fold)).toList();
        if (exact.size() == 1) {
            return exact.get(0);
        }
        List<Field> prefix = all.stream().filter(x -> VietnameseText.fold(x.name()).startsWith(fold)).toList();
        if (prefix.size() == 1) {
            return prefix.get(0);
        }
        throw new UserException("cli.badField", text);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
