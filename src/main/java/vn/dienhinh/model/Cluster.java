package vn.dienhinh.model;

/** An emulation cluster or bloc (cụm/khối thi đua). */
public record Cluster(Long id, String name) {
}
