package vn.dienhinh.model;

/**
 * The office's council settings: the share a nominee needs, and the mức lương cơ sở in đồng (0: not set)
 * that reward money is a multiple of (Nghị định 98/2023/NĐ-CP, Điều 54; the figure itself is set by the
 * Government's decree on the base salary in force on the decision's date).
 */
public record CouncilSettings(CouncilThreshold threshold, long baseSalary) {

    public CouncilSettings {
        threshold = threshold == null ? CouncilThreshold.DEFAULT : threshold;
        if (baseSalary < 0) {
            throw new IllegalArgumentException("base salary " + baseSalary);
        }
    }
}
