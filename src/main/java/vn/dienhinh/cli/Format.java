package vn.dienhinh.cli;

import vn.dienhinh.util.UserException;

/** The {@code --format table|csv} option. */
final class Format {

    private Format() {
    }

    static boolean csv(Args args) {
        String f = args.get("format");
        if (f == null || f.equals("table")) {
            return false;
        }
        if (f.equals("csv")) {
            return true;
        }
        throw new UserException("cli.badFormat", f);
    }
}
