package com.careflow.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.careflow.domain.catalog.ServiceCategory;
import com.careflow.domain.provider.Certification;
import com.careflow.domain.provider.CertificationLevel;
import com.careflow.domain.provider.Location;
import com.careflow.domain.provider.Provider;

class ProviderScoringTest {

    private static final Location BEIJING_CENTRE = new Location(39.9042, 116.4074);
    private static final Location TIANJIN_CENTRE = new Location(39.0842, 117.2009);

    private final ProviderScoring scoring = new ProviderScoring(new AiProperties(
            new AiProperties.Scoring(0.4, 0.3, 0.2, 0.1, 50, 5), null));

    @Test
    void everyFactorIsKeptWeighted() {
        Provider specialist = provider("p", 4.0, BEIJING_CENTRE, "escort-beijing-halfday");

        ProviderScore score = scoring.score(specialist, "escort-beijing-halfday", "北京", 2);

        assertThat(score.rating()).isCloseTo(0.4 * 0.8, within(1e-9));
        assertThat(score.distance()).isCloseTo(0.3, within(1e-9));
        assertThat(score.load()).isCloseTo(0.2 * 0.6, within(1e-9));
        assertThat(score.specialty()).isCloseTo(0.1, within(1e-9));
        assertThat(score.total()).isCloseTo(0.32 + 0.3 + 0.12 + 0.1, within(1e-9));
        assertThat(score.explain()).isEqualTo(
                "p 0.840 = rating 0.320 + distance 0.300 + load 0.120 + specialty 0.100");
    }

    @Test
    void farAwayAndBusyGiveNoCreditButNeverLessThanNothing() {
        // 天津 is about 114 km from 北京's centre
        ProviderScore score = scoring.score(provider("p", 5.0, TIANJIN_CENTRE), "escort-beijing-halfday", "北京", 9);

        assertThat(score.distance()).isZero();
        assertThat(score.load()).isZero();
        assertThat(score.specialty()).isZero();
        assertThat(score.total()).isCloseTo(0.4, within(1e-9));
    }

    @Test
    void onlineServicesAreEverywhere() {
        assertThat(scoring.score(provider("p", 5.0, TIANJIN_CENTRE), "consult-online-gp", "线上", 0).distance())
                .isCloseTo(0.3, within(1e-9));
    }

    @Test
    void rankingWeighsRatingAgainstDistanceAndLoad() {
        Provider topButBusy = provider("top", 5.0, BEIJING_CENTRE);
        Provider nearAndFree = provider("near", 4.0, BEIJING_CENTRE);
        Provider farAway = provider("far", 4.9, TIANJIN_CENTRE);
        Map<String, Integer> loads = Map.of("top", 5, "near", 0, "far", 0);

        List<ProviderScore> ranked = scoring.rank(List.of(farAway, topButBusy, nearAndFree),
                "escort-beijing-halfday", "北京", loads::get);

        // near 0.32+0.3+0.2 = 0.82; top 0.4+0.3+0 = 0.70; far 0.392+0+0.2 = 0.592
        assertThat(ranked).extracting(ProviderScore::providerId).containsExactly("near", "top", "far");
    }

    private static Provider provider(String id, double rating, Location at, String... specialties) {
        return new Provider(id, id, "北京", "区", List.of(new Certification(ServiceCategory.COMPANION_ESCORT,
                CertificationLevel.STANDARD, Instant.now().plusSeconds(86_400))), List.of("zh"), Set.of(specialties),
                rating, true, at);
    }
}
