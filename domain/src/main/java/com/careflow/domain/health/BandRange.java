package com.careflow.domain.health;

import java.math.BigDecimal;

/** The stretch of a chart's value axis that one band covers: from inclusive, to exclusive; null is open-ended. */
public record BandRange(RiskBand band, BigDecimal from, BigDecimal to) {
}
