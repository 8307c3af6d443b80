/**
 * AI interpretation of a period of one customer's readings (issue 15). The {@link
 * com.careflow.domain.health.interpretation.Interpreter} port takes an {@link
 * com.careflow.domain.health.interpretation.InterpretationInput} that carries no personal data (a pseudonymous
 * reference and the measured values only) and answers an {@link
 * com.careflow.domain.health.interpretation.InterpretationResult}; the ai worker stores it on the requested {@link
 * com.careflow.domain.health.interpretation.Interpretation} with the input it saw. Behaviour:
 * features/health-alert.feature (to be merged into features/health-records.feature).
 */
package com.careflow.domain.health.interpretation;
