package com.careflow.domain.content;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

/** All content, by id ({@code CNT…}). */
public interface Contents extends MongoRepository<Content, String> {

    /** The community: published content, newest first. */
    Page<Content> findByStatusOrderByPublishedAtDesc(ContentStatus status, Pageable page);

    /** A piece only if it has this status (the public page shows published content only). */
    Optional<Content> findByIdAndStatus(String id, ContentStatus status);

    /** An author's content, newest first. */
    List<Content> findByAuthorIdOrderBySubmittedAtDesc(String authorId);
}
