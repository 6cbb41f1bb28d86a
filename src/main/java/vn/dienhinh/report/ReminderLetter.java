package vn.dienhinh.report;

import java.util.List;

/**
 * The words of a công văn đôn đốc: the units that still owe the quarter's exemplars, reminded by the
 * office, edited by the officer before it is written.
 *
 * @param subjectLine "V/v đôn đốc giới thiệu gương điển hình tiên tiến quý IV năm 2026"
 * @param addressees  the owing units ("Kính gửi"), or one line naming them as listed below
 * @param basis       the plan that set the quota and what it asks
 * @param status      how many units still owe and how many gương, leading in to the table
 * @param rows        one per owing unit
 * @param request     what the units are asked to do and by when
 * @param consequence what the result counts for
 * @param closing     the last line, ending "./."
 * @param recipients  Nơi nhận
 */
public record ReminderLetter(String subjectLine, List<String> addressees, String basis, String status, List<Owing> rows,
                             String request, String consequence, String closing, List<String> recipients) {

    public ReminderLetter {
        addressees = List.copyOf(addressees);
        rows = List.copyOf(rows);
        recipients = List.copyOf(recipients);
    }

    /** One owing unit: how many gương it had to send, how many count, and what is missing (fields, or a count). */
    public record Owing(String unit, int required, int sent, String missing) {
    }

    public ReminderLetter withRequest(String text) {
        return new ReminderLetter(subjectLine, addressees, basis, status, rows, text, consequence, closing, recipients);
    }

    public ReminderLetter withConsequence(String text) {
        return new ReminderLetter(subjectLine, addressees, basis, status, rows, request, text, closing, recipients);
    }
}
