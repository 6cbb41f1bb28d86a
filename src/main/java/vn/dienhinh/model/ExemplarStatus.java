package vn.dienhinh.model;

import java.util.EnumSet;
import java.util.Set;

/** Lifecycle: phát hiện → bồi dưỡng → công nhận → biểu dương/khen thưởng → nhân rộng, or dropped. */
public enum ExemplarStatus {
    FOUND, NURTURED, RECOGNISED, HONOURED, REPLICATED, DROPPED;

    /** States this one may move to. Moving back one step is allowed to correct a mistake. */
    public Set<ExemplarStatus> next() {
        switch (this) {
            case FOUND:
                return EnumSet.of(NURTURED, RECOGNISED, DROPPED);
            case NURTURED:
                return EnumSet.of(FOUND, RECOGNISED, DROPPED);
            case RECOGNISED:
                return EnumSet.of(NURTURED, HONOURED, REPLICATED, DROPPED);
            case HONOURED:
                return EnumSet.of(RECOGNISED, REPLICATED, DROPPED);
            case REPLICATED:
                return EnumSet.of(HONOURED, DROPPED);
            case DROPPED:
                return EnumSet.of(FOUND, NURTURED, RECOGNISED);
            default:
                throw new IllegalStateException();
        }
    }
}
