package com.careflow.domain.provider;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cities the platform serves: which are near each other (an offer nobody grabbed widens to them) and where
 * their centres are (distance of a provider to an order). {@link #ONLINE} is no place: nothing is near it and
 * everyone is at distance 0.
 */
public final class Cities {

    public static final String ONLINE = "线上";

    private static final Map<String, List<String>> NEIGHBOURS = Map.of(
            "北京", List.of("天津", "廊坊"),
            "天津", List.of("北京", "廊坊"),
            "廊坊", List.of("北京", "天津"),
            "上海", List.of("苏州", "杭州"),
            "苏州", List.of("上海", "杭州"),
            "杭州", List.of("上海", "苏州"));

    private static final Map<String, Location> CENTRES = Map.of(
            "北京", new Location(39.9042, 116.4074),
            "天津", new Location(39.0842, 117.2009),
            "廊坊", new Location(39.5380, 116.6838),
            "上海", new Location(31.2304, 121.4737),
            "苏州", new Location(31.2989, 120.5853),
            "杭州", new Location(30.2741, 120.1551));

    private Cities() {
    }

    /** Every place the platform serves, for choosing one (e.g. where a provider works): cities, then online. */
    public static List<String> all() {
        return List.of("北京", "天津", "廊坊", "上海", "苏州", "杭州", ONLINE);
    }

    /** The cities close enough to serve {@code city}'s orders; none for online or an unknown city. */
    public static List<String> neighbours(String city) {
        return NEIGHBOURS.getOrDefault(city, List.of());
    }

    public static Optional<Location> centre(String city) {
        return Optional.ofNullable(CENTRES.get(city));
    }

    /**
     * Kilometres from {@code from} to the centre of {@code city}: 0 for an online service; when either place is
     * unknown, {@code Double.MAX_VALUE} (as far as it gets, so scoring gives no distance credit).
     */
    public static double distanceKm(Location from, String city) {
        if (ONLINE.equals(city)) {
            return 0;
        }
        Optional<Location> centre = centre(city);
        if (from == null || centre.isEmpty()) {
            return Double.MAX_VALUE;
        }
        return from.distanceKm(centre.get());
    }
}
