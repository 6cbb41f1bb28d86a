package vn.dienhinh.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import vn.dienhinh.context.AppContext;
import vn.dienhinh.model.Officer;
import vn.dienhinh.model.OfficerRole;
import vn.dienhinh.model.Unit;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.UserException;

/**
 * The officers of a shared registry, for the office's officer: {@code users list [--format table|csv]},
 * {@code users add LOGIN --name "…" --role office|clerk [--unit ID|NAME]}, {@code users disable LOGIN}. A new
 * officer also needs a login of their own on the server, which this does not make (see the README).
 */
final class UsersCommand implements Cli.Command {

    @Override
    public int run(AppContext ctx, Args args, PrintStream out) {
        List<String> words = args.positional();
        String what = words.isEmpty() ? "" : words.get(0);
        switch (what) {
            case "list" -> {
                args.only("users list", "format");
                if (words.size() != 1) {
                    throw new UserException("cli.usersNeeds");
                }
                list(ctx, Format.csv(args), out);
            }
            case "add" -> {
                args.only("users add", "name", "role", "unit");
                if (words.size() != 2) {
                    throw new UserException("cli.usersNeeds");
                }
                OfficerRole role = role(args.get("role"));
                Officer o = ctx.users().add(words.get(1), args.get("name"), role, unit(ctx, args.get("unit")));
                out.println(Messages.get("users.added", o.login(), describe(ctx, o)));
            }
            case "disable" -> {
                args.only("users disable");
                if (words.size() != 2) {
                    throw new UserException("cli.usersNeeds");
                }
                Officer o = ctx.users().disable(words.get(1));
                out.println(Messages.get("users.disabledDone", o.login()));
            }
            default -> throw new UserException("cli.usersNeeds");
        }
        return 0;
    }

    private static void list(AppContext ctx, boolean csv, PrintStream out) {
        TextTable t = new TextTable(List.of(Messages.get("users.colLogin"), Messages.get("users.colName"),
                Messages.get("users.colRole"), Messages.get("users.colUnit"), Messages.get("users.colActive")));
        for (Officer o : ctx.users().list()) {
            t.add(List.of(o.login(), o.fullName(), Messages.of(o.role()), unitName(ctx, o),
                    Messages.get(o.active() ? "users.active" : "users.inactive")));
        }
        t.print(out, csv);
    }

    private static OfficerRole role(String word) {
        if (word == null) {
            throw new UserException("users.badRole", "");
        }
        return switch (word.strip().toLowerCase(Locale.ROOT)) {
            case "office" -> OfficerRole.OFFICE;
            case "clerk" -> OfficerRole.UNIT_CLERK;
            default -> throw new UserException("users.badRole", word);
        };
    }

    /** The unit {@code --unit} names: its number, or its name (case and diacritics ignored). */
    private static Long unit(AppContext ctx, String word) {
        if (word == null) {
            return null;
        }
        String w = word.strip();
        if (w.matches("\\d{1,18}")) {
            return Long.valueOf(w);
        }
        Unit u = ctx.catalog().unitByName(w);
        if (u == null) {
            throw new UserException("cli.badUnit", w);
        }
        return u.id();
    }

    private static String describe(AppContext ctx, Officer o) {
        return o.unitId() == null ? Messages.of(o.role()) : Messages.of(o.role()) + ", " + unitName(ctx, o);
    }

    private static String unitName(AppContext ctx, Officer o) {
        if (o.unitId() == null) {
            return Messages.get("users.allUnits");
        }
        Unit u = ctx.catalog().unit(o.unitId());
        return u == null ? String.valueOf(o.unitId()) : u.name();
    }
}
