package se.ioprules.json;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import se.ioprules.api.facts.Partnership;
import se.ioprules.api.facts.PartnerDocument;
import se.ioprules.api.facts.Sector;
import se.ioprules.api.facts.Tri;

/** A partnership with every fact recorded (non-default values everywhere), consistent enough to pass validation. */
final class FilledFacts {
    private FilledFacts() {
    }

    static Partnership all() {
        return (Partnership) fill(Partnership.class, "Partnership");
    }

    private static Object fill(Type type, String key) {
        switch (key) {
            case "Party.id", "Contribution.partyId":
                return "forening";
            case "Party.sector":
                return Sector.IDEA_BASED;
            case "FactSource.path":
                return "term.endDate";
            case "Initiative.processStepsCompleted":
                return Set.of(1, 2, 7);
            case "IdeaBasedProfile.partnerDocuments":
                return EnumSet.complementOf(EnumSet.of(PartnerDocument.values()[PartnerDocument.values().length - 1]));
            case "IdeaBasedProfile.documentsNotExisting":
                return EnumSet.of(PartnerDocument.values()[PartnerDocument.values().length - 1]);
            default:
                break;
        }
        Class<?> raw = RecordTypes.raw(type);
        if (raw == String.class) {
            return "Text \"" + key + "\" åäö\n\t\u00e9 <b>&amp;</b>";
        }
        if (raw == Tri.class) {
            return key.length() % 2 == 0 ? Tri.TRUE : Tri.FALSE;
        }
        if (raw == LocalDate.class) {
            return LocalDate.of(2024, 2, 29);
        }
        if (raw == Integer.class) {
            return 3;
        }
        if (raw == BigDecimal.class) {
            return new BigDecimal("1234567.50");
        }
        if (raw.isEnum()) {
            Object[] cs = raw.getEnumConstants();
            return cs[cs.length - 1];
        }
        if (raw.isRecord()) {
            RecordComponent[] comps = raw.getRecordComponents();
            Object[] args = new Object[comps.length];
            for (int i = 0; i < comps.length; i++) {
                args[i] = fill(comps[i].getGenericType(), raw.getSimpleName() + "." + comps[i].getName());
            }
            return RecordTypes.of(raw).construct(args);
        }
        Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
        Class<?> er = RecordTypes.raw(element);
        if (Set.class.isAssignableFrom(raw) && er.isEnum()) {
            @SuppressWarnings({"unchecked", "rawtypes"})
            Set<?> s = EnumSet.allOf((Class) er);
            return s;
        }
        if (List.class.isAssignableFrom(raw)) {
            return new ArrayList<>(Arrays.asList(fill(element, key + "[]")));
        }
        throw new IllegalStateException("cannot fill " + type + " at " + key);
    }
}
