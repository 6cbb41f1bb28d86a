package vn.dienhinh.report;

import java.util.List;

/**
 * What one residence confirmation letter says (seed 003 III.5: "văn bản của địa phương cư trú xác nhận việc
 * chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước"), ready to lay out.
 *
 * @param summary     the "V/v …" under the number
 * @param addressee   "Ủy ban nhân dân phường Bến Thành, Quận 1"
 * @param locality    the People's Committee that confirms, upper case for its heading: "ỦY BAN NHÂN DÂN PHƯỜNG BẾN THÀNH"
 * @param opening     the paragraph saying who is proposed for what, by which unit
 * @param particulars label and value of each line about the person (name, birth, residence, work, …)
 * @param request     the paragraph asking the locality to confirm and send the letter back
 * @param confirm     the opening line of the part the locality fills in
 * @param recipients  the "Nơi nhận" lines
 * @param fileStem    the person's name folded for the file name
 */
public record ResidenceLetterText(String summary, String addressee, String locality, String opening,
                                  List<String[]> particulars, String request, String confirm, List<String> recipients,
                                  String fileStem) {

    public ResidenceLetterText {
        particulars = List.copyOf(particulars);
        recipients = List.copyOf(recipients);
    }
}
