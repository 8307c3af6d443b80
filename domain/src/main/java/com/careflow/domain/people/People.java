package com.careflow.domain.people;

import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The people directory: filled by the portal on each sign-in, read wherever a user id needs a name or an address. */
public interface People extends MongoRepository<Person, String> {

    List<Person> findByIdIn(Collection<String> ids);
}
