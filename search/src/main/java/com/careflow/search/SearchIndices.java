package com.careflow.search;

import java.io.StringReader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import co.elastic.clients.json.JsonData;
import org.springframework.stereotype.Component;

/** The index and alias administration search needs: create, look up, swap, count, delete. */
@Component
class SearchIndices {

    private final ElasticsearchClient client;
    private final Clock clock;
    private final int replicas;

    SearchIndices(ElasticsearchClient client, Clock clock, SearchProperties properties) {
        this.client = client;
        this.clock = clock;
        this.replicas = properties.replicas();
    }

    /** The indices the alias points at (normally one); empty when the alias does not exist yet. */
    List<String> targets(String alias) {
        return Elastic.call("look up alias " + alias, () -> {
            if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
                return List.of();
            }
            return List.copyOf(client.indices().getAlias(a -> a.name(alias)).result().keySet());
        });
    }

    /** The mapping version ({@code _meta.version}) an index was created with; 0 when it has none. */
    int mappingVersion(String index) {
        return Elastic.call("read the mapping of " + index, () -> {
            var meta = client.indices().getMapping(m -> m.index(index)).result().get(index).mappings().meta();
            JsonData version = meta == null ? null : meta.get("version");
            return version == null ? 0 : version.to(Integer.class);
        });
    }

    /** Creates a new, empty physical index from the definition and answers its name. */
    String create(IndexDefinition definition) {
        String index = definition.newIndexName(clock.instant());
        Elastic.call("create index " + index, () -> client.indices()
                .create(c -> c.withJson(new StringReader(definition.json())).index(index)));
        return index;
    }

    /** Points the alias at {@code index} only, in one atomic step (searches never see no or two indices). */
    void swap(String alias, List<String> previous, String index) {
        List<Action> actions = new ArrayList<>();
        previous.forEach(old -> actions.add(Action.of(a -> a.remove(r -> r.index(old).alias(alias)))));
        actions.add(Action.of(a -> a.add(add -> add.index(index).alias(alias))));
        Elastic.call("move alias " + alias + " to " + index, () -> client.indices().updateAliases(u -> u.actions(actions)));
    }

    /**
     * Bulk mode ({@code true}) while a build fills the index: no periodic refresh and no replicas, since nobody
     * searches it yet and both only slow the build. Afterwards: refresh every second and the configured replicas.
     */
    void bulkMode(String index, boolean on) {
        Elastic.call("change the refresh interval and replicas of " + index, () -> client.indices().putSettings(p -> p
                .index(index).settings(s -> s.refreshInterval(t -> t.time(on ? "-1" : "1s"))
                        .numberOfReplicas(String.valueOf(on ? 0 : replicas)))));
    }

    void refresh(String index) {
        Elastic.call("refresh " + index, () -> client.indices().refresh(r -> r.index(index)));
    }

    long count(String index) {
        return Elastic.call("count " + index, () -> client.count(c -> c.index(index)).count());
    }

    void delete(String index) {
        Elastic.call("delete index " + index, () -> client.indices().delete(d -> d.index(index)));
    }
}
