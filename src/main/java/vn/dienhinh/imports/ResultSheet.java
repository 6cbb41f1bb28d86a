package vn.dienhinh.imports;

import java.util.ArrayList;
import java.util.List;
import vn.dienhinh.model.TaskRating;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.VietnameseText;

/**
 * A sheet of yearly results as offices keep them: one row per person and year, with the name, the
 * unit (to tell namesakes apart), the year, the task rating ("Hoàn thành xuất sắc nhiệm vụ",
 * "HTXSNV" …) and the number of initiatives recognised. The header row is found by its titles. A
 * number is a year only in a cell not formatted as a date, and only from 1945 to this year; a value
 * that cannot be read is that row's problem, never turned into another.
 */
public final class ResultSheet {

    /** One row as read; {@code problem} says why it cannot be used (null when it can). */
    public record Row(int rowNumber, String name, String unit, Integer year, TaskRating rating, int initiatives,
                      String note, String problem) {
    }

    private ResultSheet() {
    }

    /** The rows below the header, or one row with the problem when no header is found. */
    public static List<Row> read(RawSheet sheet, int thisYear) {
        int header = -1;
        int name = -1;
        int unit = -1;
        int year = -1;
        int rating = -1;
        int initiatives = -1;
        int note = -1;
        for (int r : sheet.rowIndices()) {
            int n = -1;
            int y = -1;
            int rt = -1;
            int u = -1;
            int in = -1;
            int no = -1;
            for (int c = 0; c < sheet.width(); c++) {
                String t = VietnameseText.fold(sheet.filled(r, c).text()).strip();
                if (t.isEmpty()) {
                    continue;
                }
                if (t.contains("ho va ten") || t.equals("ho ten") || t.startsWith("ten ") || t.equals("ten")) {
                    n = c;
                } else if (t.contains("sang kien")) {
                    in = c;
                } else if (t.contains("xep loai") || t.contains("muc hoan thanh") || t.contains("danh gia")
                        || t.contains("ket qua")) {
                    rt = c;
                } else if (t.startsWith("don vi") || t.equals("co quan")) {
                    u = c;
                } else if (t.equals("nam") || t.startsWith("nam danh gia") || t.startsWith("nam xet")) {
                    y = c;
                } else if (t.startsWith("ghi chu")) {
                    no = c;
                }
            }
            if (n >= 0 && y >= 0 && (rt >= 0 || in >= 0)) {
                header = r;
                name = n;
                unit = u;
                year = y;
                rating = rt;
                initiatives = in;
                note = no;
                break;
            }
        }
        List<Row> out = new ArrayList<>();
        if (header < 0) {
            out.add(new Row(0, null, null, null, null, 0, null, Messages.get("results.import.noHeader", sheet.name())));
            return out;
        }
        for (int r : sheet.rowIndices()) {
            if (r <= header) {
                continue;
            }
            String who = VietnameseText.cleanOrNull(sheet.filled(r, name).text());
            if (who == null) {
                continue; // an empty row or a total line
            }
            String problem = null;
            Integer y = year(sheet.filled(r, year), thisYear);
            if (y == null) {
                problem = Messages.get("results.import.badYear", sheet.filled(r, year).text());
            }
            TaskRating tr = null;
            if (rating >= 0 && !sheet.filled(r, rating).blank()) {
                tr = rating(sheet.filled(r, rating).text());
                if (tr == null && problem == null) {
                    problem = Messages.get("results.import.badRating", sheet.filled(r, rating).text());
                }
            }
            int count = 0;
            if (initiatives >= 0 && !sheet.filled(r, initiatives).blank()) {
                SheetCell cell = sheet.filled(r, initiatives);
                Long n = cell.date() != null ? null : cell.wholeNumber();
                if (n == null && cell.date() == null && cell.text().strip().matches("\\d{1,2}")) {
                    n = Long.parseLong(cell.text().strip());
                }
                if (n == null || n < 0 || n > 99) {
                    problem = problem != null ? problem : Messages.get("results.import.badCount", cell.text());
                } else {
                    count = n.intValue();
                }
            }
            out.add(new Row(r + 1, who, unit < 0 ? null : VietnameseText.cleanOrNull(sheet.filled(r, unit).text()), y, tr,
                    count, note < 0 ? null : VietnameseText.cleanOrNull(sheet.filled(r, note).text()), problem));
        }
        return out;
    }

    /** A year: a whole number (not a date) or four digits of text, from 1945 to this year. */
    static Integer year(SheetCell cell, int thisYear) {
        Long n = cell.date() != null ? null : cell.wholeNumber();
        if (n == null && cell.date() == null && cell.text().strip().matches("\\d{4}")) {
            n = Long.parseLong(cell.text().strip());
        }
        return n != null && n >= 1945 && n <= thisYear ? n.intValue() : null;
    }

    /** The rating as written in full or in its usual initials; null when it is none of them. */
    static TaskRating rating(String text) {
        String t = VietnameseText.fold(text).replaceAll("[^a-z ]", " ").replaceAll("\\s+", " ").strip();
        if (t.startsWith("khong hoan thanh") || t.equals("khtnv")) {
            return TaskRating.FAILED;
        }
        if (t.contains("xuat sac") || t.equals("htxsnv") || t.equals("htxs")) {
            return TaskRating.EXCELLENT;
        }
        if (t.contains("hoan thanh tot") || t.equals("tot") || t.equals("httnv") || t.equals("htt")) {
            return TaskRating.GOOD;
        }
        if (t.equals("hoan thanh nhiem vu") || t.equals("hoan thanh") || t.equals("htnv") || t.equals("ht")) {
            return TaskRating.DONE;
        }
        return null;
    }
}
