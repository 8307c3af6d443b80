package com.careflow.domain;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions.BigDecimalRepresentation;
import org.springframework.data.mongodb.repository.config.EnableMongoRepositories;

/** The shared model: every module that reads or writes the domain imports this. */
@Configuration(proxyBeanMethods = false)
@ComponentScan
@EnableMongoRepositories
public class DomainConfiguration {

    /** Business dates (order numbers, schedules) are in the platform's zone, China by default. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${careflow.zone:Asia/Shanghai}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }

    /** Money is stored as Decimal128, so amounts compare and sum as numbers in Mongo. */
    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return MongoCustomConversions.create(c -> c.bigDecimal(BigDecimalRepresentation.DECIMAL128));
    }
}
