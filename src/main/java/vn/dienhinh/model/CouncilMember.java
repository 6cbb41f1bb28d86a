package vn.dienhinh.model;

/** A member of the council at one meeting: name, position (chức vụ, đơn vị), and whether present. */
public record CouncilMember(String name, String position, boolean present) {

    public CouncilMember {
        position = position == null ? "" : position;
    }
}
