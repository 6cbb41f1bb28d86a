package vn.dienhinh.model;

/** A level of commendation (cấp xã … Nhà nước): data, since organisation levels change. */
public record AwardLevel(String code, String name, int rank) {
}
