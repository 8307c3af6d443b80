package com.careflow.portal.analyst.codebase;

import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import com.careflow.worker.codebase.CodeBaseIndexer;

/**
 * {@link MessageSenders} from the message index every deployable's build writes: the {@code MESSAGE_*} constants its
 * code passes to a call ({@code Workflows.send}, {@code EngineMessages.correlateIfWaiting}, or a helper of theirs).
 */
@Component
class IndexedMessageSenders implements MessageSenders {

    private final Map<String, String> messages;

    @Autowired
    IndexedMessageSenders() {
        this(IndexedMessageSenders.class.getClassLoader());
    }

    IndexedMessageSenders(ClassLoader loader) {
        this.messages = CodeBaseIndex.read(loader, CodeBaseIndexer.MESSAGES);
    }

    @Override
    public boolean isSent(String messageName) {
        return messageName != null && messages.containsKey(messageName);
    }

    @Override
    public Set<String> all() {
        return messages.keySet();
    }

}
