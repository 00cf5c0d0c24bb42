package io.newswire.tagger;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An actor's dated roles as the dictionary writes them ({@code code,country,sector,from,to}
 * joined by {@code |}), parsed on first use. The dictionary holds about 35,000 roles, of which a
 * story needs those of the few actors it names: parsing them all made about a third of the
 * objects of a load (a role, two dates and three strings each). Immutable; the parsed list is
 * published through a volatile field, so threads racing on the first use at worst parse twice.
 */
final class DatedRoles extends AbstractList<ActorRole> implements RandomAccess {
    private final String field;
    private volatile List<ActorRole> parsed;

    DatedRoles(String field) {
        this.field = field;
    }

    private List<ActorRole> roles() {
        List<ActorRole> roles = parsed;
        if (roles == null) {
            List<ActorRole> read = new ArrayList<>();
            int length = field.length();
            while (length > 0 && field.charAt(length - 1) == '|') {
                length--; // as String.split: trailing empty entries are dropped
            }
            int from = 0;
            while (length > 0 && from <= length) {
                int bar = field.indexOf('|', from);
                int end = bar < 0 || bar > length ? length : bar;
                read.add(ActorRole.parse(field.substring(from, end)));
                from = end + 1;
            }
            roles = List.copyOf(read);
            parsed = roles;
        }
        return roles;
    }

    @Override
    public ActorRole get(int index) {
        return roles().get(index);
    }

    @Override
    public int size() {
        return roles().size();
    }
}
