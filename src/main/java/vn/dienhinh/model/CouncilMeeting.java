package vn.dienhinh.model;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One meeting of the emulation council: when and where, who chaired and who kept the minutes, the members
 * with who was present, what it considered ({@code content}, optional), the share applied, the nominations it
 * took and the votes on each of their approved nominees.
 */
public record CouncilMeeting(Long id, LocalDateTime heldAt, String place, String chair, String secretary,
                             String content, CouncilThreshold threshold, List<Long> nominationIds,
                             List<CouncilMember> members, List<CouncilVote> votes) {

    public CouncilMeeting {
        nominationIds = nominationIds == null ? List.of() : List.copyOf(nominationIds);
        members = members == null ? List.of() : List.copyOf(members);
        votes = votes == null ? List.of() : List.copyOf(votes);
        threshold = threshold == null ? CouncilThreshold.DEFAULT : threshold;
    }

    public int present() {
        return (int) members.stream().filter(CouncilMember::present).count();
    }

    public int total() {
        return members.size();
    }

    /** Whether the votes reach the meeting's share. */
    public boolean passes(CouncilVote v) {
        return threshold.passes(v.agree(), present(), total());
    }

    public double percent(CouncilVote v) {
        return threshold.percent(v.agree(), present(), total());
    }

    public CouncilVote vote(long nomineeId) {
        return votes.stream().filter(v -> v.nomineeId() == nomineeId).findFirst().orElse(null);
    }
}
