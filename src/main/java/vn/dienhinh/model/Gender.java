package vn.dienhinh.model;

public enum Gender {
    MALE, FEMALE
}
