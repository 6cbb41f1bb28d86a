package vn.dienhinh.model;

import vn.dienhinh.util.Messages;

/** A table of the registry as a copy onto another registry wrote it: its name in the schema and how many rows. */
public record CopiedTable(String table, long rows) {

    /** What the user calls the table (messages {@code table.NAME}), or its name in the schema when it has no label yet. */
    public static String labelOf(String table) {
        String key = "table." + table;
        return Messages.bundle().containsKey(key) ? Messages.get(key) : table;
    }

    public String label() {
        return labelOf(table);
    }
}
