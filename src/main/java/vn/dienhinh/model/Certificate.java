package vn.dienhinh.model;

import java.util.EnumMap;
import java.util.Map;

/**
 * One certificate to print: the commendation it is for, the recipient's name (for lists and messages) and
 * the text of each slot. Slots without text print nothing.
 */
public record Certificate(Long commendationId, String recipientName, Map<CertificateSlot, String> text) {

    public Certificate {
        Map<CertificateSlot, String> copy = new EnumMap<>(CertificateSlot.class);
        if (text != null) {
            text.forEach((k, v) -> {
                if (v != null && !v.isBlank()) {
                    copy.put(k, v);
                }
            });
        }
        text = java.util.Collections.unmodifiableMap(copy);
    }

    public String get(CertificateSlot slot) {
        return text.getOrDefault(slot, "");
    }
}
