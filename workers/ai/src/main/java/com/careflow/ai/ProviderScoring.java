package com.careflow.ai;

import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

import org.springframework.stereotype.Component;

import com.careflow.domain.provider.Cities;
import com.careflow.domain.provider.Provider;

/**
 * Scores a provider for an order: w_rating·rating/5 + w_distance·(1 − distance/50 km) + w_load·(1 − load/5) +
 * w_specialty·(specialises in the service ? 1 : 0). Distance is from the provider's location to the order city's
 * centre (0 online); load is the provider's booked orders in the next 7 days. Factors are clamped to 0..1.
 */
@Component
public class ProviderScoring {

    private static final double TOP_RATING = 5.0;

    private final AiProperties.Scoring weights;

    ProviderScoring(AiProperties properties) {
        this.weights = properties.scoring();
    }

    public ProviderScore score(Provider provider, String serviceId, String city, int load) {
        double rating = clamp(provider.getRating() / TOP_RATING);
        double distance = clamp(1 - Cities.distanceKm(provider.getLocation(), city) / weights.maxDistanceKm());
        double free = clamp(1 - (double) load / weights.maxLoad());
        double specialty = provider.getSpecialties().contains(serviceId) ? 1 : 0;
        return new ProviderScore(provider.getId(), weights.rating() * rating, weights.distance() * distance,
                weights.load() * free, weights.specialty() * specialty);
    }

    /** Scores of the providers, best first (ties by id, so a ranking is repeatable). */
    public List<ProviderScore> rank(List<Provider> providers, String serviceId, String city,
            ToIntFunction<String> loadOf) {
        return providers.stream()
                .map(p -> score(p, serviceId, city, loadOf.applyAsInt(p.getId())))
                .sorted(Comparator.comparingDouble(ProviderScore::total).reversed()
                        .thenComparing(ProviderScore::providerId))
                .toList();
    }

    private static double clamp(double factor) {
        return Math.max(0, Math.min(1, factor));
    }
}
