package com.careflow.app.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.data.mongodb.core.MongoOperations;

import com.careflow.domain.catalog.ServiceCategory;
import com.careflow.domain.catalog.ServiceItem;
import com.careflow.domain.catalog.ServiceItems;
import com.careflow.domain.search.OutboxEntry;
import com.careflow.search.Search;
import com.careflow.search.SearchQuery;
import com.careflow.search.SearchType;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/**
 * features/search.feature: a visitor searches on the portal's /search page and in the layout's search box; the
 * administrator rebuilds the index on /operations/search. Services come from the scenario's table, providers and
 * posts from the certification and content steps.
 */
public class SearchSteps {

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern FACET_VALUE = Pattern.compile("(\\S+) (\\d+)");
    private static final Pattern INDEX_NAME = Pattern.compile("[a-z]+-services-v\\d+-\\d+");

    private final PortalBrowser portal;
    private final ServiceItems services;
    private final Search search;
    private final MongoOperations mongo;
    private final CertificationSteps certification;
    private final ContentSteps content;
    private final OperationsSteps operations;
    private final Map<String, String> serviceIdsByName = new LinkedHashMap<>();
    private final Map<String, ResultPage> remembered = new LinkedHashMap<>();
    private String servicesIndexBefore;

    public SearchSteps(PortalBrowser portal, ServiceItems services, Search search, MongoOperations mongo,
            CertificationSteps certification, ContentSteps content, OperationsSteps operations) {
        this.portal = portal;
        this.services = services;
        this.search = search;
        this.mongo = mongo;
        this.certification = certification;
        this.content = content;
        this.operations = operations;
    }

    /** What a result page showed: the hits in order, the total and every facet value with its count. */
    record ResultPage(List<String> ids, String total, Map<String, String> facets) {
    }

    @Given("the catalog has these services:")
    public void catalogHas(DataTable table) {
        for (Map<String, String> row : table.asMaps()) {
            services.save(new ServiceItem(row.get("id"), ServiceCategory.valueOf(row.get("category")),
                    row.get("name"), row.get("description"), new BigDecimal(row.get("price")), 60, row.get("city"),
                    true));
            serviceIdsByName.put(row.get("name"), row.get("id"));
        }
        // saved through the repository like any catalog change: the index follows through the search outbox
        serviceIdsByName.forEach((name, id) -> ProviderSteps.await(() -> search
                .search(SearchQuery.of(name, SearchType.SERVICES)).hits().stream()
                .anyMatch(hit -> hit.id().equals(id)) ? true : null, name + " to be searchable"));
    }

    @When("a visitor searches for {string}")
    public void searchFor(String text) {
        open("q=" + encode(text));
    }

    @When("an English-speaking visitor searches for {string}")
    public void searchInEnglish(String text) {
        open("lang=en&q=" + encode(text));
    }

    @Then("^the result titles include (.+)$")
    public void resultTitlesInclude(String titles) {
        List<String> shown = portal.browser().driver()
                .findElements(By.cssSelector("#search-results .search-hit .search-hit-title")).stream()
                .map(WebElement::getText).toList();
        assertThat(shown).containsAll(quoted(titles));
    }

    @When("an English-speaking visitor opens the catalog")
    public void openCatalogInEnglish() {
        portal.browser().open("/catalog?lang=en");
    }

    @Then("the catalog shows {string} described as {string}")
    public void catalogShows(String name, String description) {
        portal.browser().find(By.cssSelector(".service-card"));
        WebElement card = portal.browser().driver().findElements(By.cssSelector(".service-card")).stream()
                .filter(c -> c.findElement(By.tagName("h3")).getText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no service card named " + name));
        assertThat(card.findElement(By.cssSelector("p.muted")).getText()).isEqualTo(description);
    }

    @When("she narrows the results to the price range {string}")
    public void narrowToPrice(String range) {
        Browser browser = portal.browser();
        WebElement value = browser.find(By.cssSelector("#facet-price [data-value='" + range + "']"));
        WebElement link = "a".equals(value.getTagName()) ? value : value.findElement(By.tagName("a"));
        String before = browser.driver().getCurrentUrl();
        link.click();
        browser.await(d -> d.getCurrentUrl().equals(before) ? null : true, Duration.ofSeconds(15));
    }

    @Then("^the results are (.+)$")
    public void resultsAre(String names) {
        List<String> expected = quoted(names).stream().map(serviceIdsByName::get).toList();
        assertThat(hitIds()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Then("{string} is highlighted in every result")
    public void highlighted(String word) {
        List<WebElement> hits = portal.browser().driver().findElements(By.cssSelector("#search-results .search-hit"));
        assertThat(hits).isNotEmpty();
        for (WebElement hit : hits) {
            // Chinese is indexed character by character, so each character is marked on its own
            String marked = String.join("", hit.findElements(By.tagName("mark")).stream().map(WebElement::getText)
                    .toList());
            assertThat(marked).as("marked text of %s", hit.getDomAttribute("data-id")).contains(word);
        }
    }

    @Then("^the \"(\\w+)\" facet counts (.+)$")
    public void facetCounts(String facet, String counts) {
        Map<String, String> expected = new LinkedHashMap<>();
        for (String pair : counts.split(", | and ")) {
            Matcher valueAndCount = FACET_VALUE.matcher(pair.strip());
            assertThat(valueAndCount.matches()).as("'%s' is a value and a count", pair).isTrue();
            expected.put(valueAndCount.group(1), valueAndCount.group(2));
        }
        Map<String, String> shown = new LinkedHashMap<>();
        facetValues(facet).forEach((value, count) -> {
            if (!"0".equals(count)) {
                shown.put(value, count);
            }
        });
        assertThat(shown).containsExactlyInAnyOrderEntriesOf(expected);
    }

    @When("a visitor types {string} into the search box")
    public void typeIntoSearchBox(String text) {
        Browser browser = portal.browser();
        browser.open("/");
        browser.find(By.id("site-search")).sendKeys(text);
    }

    @Then("the suggestions include {string} and {string}")
    public void suggestionsInclude(String first, String second) {
        Browser browser = portal.browser();
        List<String> shown = browser.await(d -> {
            List<String> options = d.findElements(By.cssSelector("#site-search-suggestions li.suggestion")).stream()
                    .filter(WebElement::isDisplayed).map(WebElement::getText).toList();
            return options.isEmpty() ? null : options;
        }, Duration.ofSeconds(15));
        assertThat(shown).anyMatch(option -> option.contains(first)).anyMatch(option -> option.contains(second));
    }

    @Then("she is asked whether she meant {string}")
    public void didYouMean(String corrected) {
        assertThat(portal.browser().find(By.cssSelector("#did-you-mean a")).getText()).contains(corrected);
    }

    @When("she follows the suggestion")
    public void followDidYouMean() {
        portal.browser().find(By.cssSelector("#did-you-mean a")).click();
        portal.browser().find(By.id("search-results"));
    }

    @Then("a provider search for her name finds nothing")
    public void providerNotFound() {
        providerSearch();
        assertThat(hitIds()).doesNotContain(certification.applicantId());
    }

    @Then("a provider search for her name finds her, certified for {string} in {word}")
    public void providerFound(String category, String city) {
        String id = certification.applicantId();
        WebElement hit = portal.browser().await(d -> {
            providerSearch();
            return d.findElements(By.cssSelector("#search-results .search-hit[data-id='" + id + "']")).stream()
                    .findFirst().orElse(null);
        }, ServiceOrderSteps.PROCESS_TIMEOUT);
        assertThat(hit.getText()).contains(category).contains(city);
    }

    @Then("her post can be found by its title")
    public void postFound() {
        String id = content.content().getId();
        portal.browser().await(d -> {
            contentSearch();
            return hitIds().contains(id) ? true : null;
        }, ServiceOrderSteps.PROCESS_TIMEOUT);
    }

    @Then("her post cannot be found, though the index has caught up")
    public void postNotFound() {
        String id = content.content().getId();
        // the status change left an outbox entry; once it is gone the index has seen the change
        ProviderSteps.await(() -> mongo.findById("CONTENT:" + id, OutboxEntry.class) == null ? true : null,
                "the search outbox to pass on the post's change");
        contentSearch();
        assertThat(hitIds()).doesNotContain(id);
        portal.browser().find(By.id("search-empty"));
    }

    @Given("a visitor has searched for {string}, for {string} and for {string} priced {string}")
    public void rememberSearches(String first, String second, String third, String price) {
        for (String query : List.of(query(first), query(second), query(third) + "&price=" + price)) {
            open(query);
            remembered.put(query, resultPage());
        }
    }

    @When("the administrator rebuilds the search index")
    public void rebuild() {
        Browser admin = operations.signedIn();
        admin.open("/operations/search");
        servicesIndexBefore = servicesIndexName(admin);
        admin.click("reindex-start");
        admin.await(d -> {
            List<WebElement> state = d.findElements(By.cssSelector("#reindex-state[data-state='DONE']"));
            return state.isEmpty() ? null : true;
        }, ServiceOrderSteps.PROCESS_TIMEOUT);
    }

    @Then("the operations page shows the rebuild done, with every service indexed into a new index")
    public void rebuildDone() {
        Browser admin = operations.signedIn();
        admin.open("/operations/search");
        assertThat(servicesIndexName(admin)).isNotEqualTo(servicesIndexBefore);
        long active = services.findAll().stream().filter(ServiceItem::active).count();
        assertThat(admin.find(By.cssSelector("#index-services .index-documents")).getText().replaceAll("\\D", ""))
                .isEqualTo(Long.toString(active));
    }

    @Then("the same searches give identical results")
    public void sameResults() {
        remembered.forEach((query, before) -> {
            open(query);
            assertThat(resultPage()).as(query).isEqualTo(before);
        });
    }

    private void providerSearch() {
        open("type=providers&q=" + encode(certification.applicantName()));
    }

    private void contentSearch() {
        open("type=content&q=" + encode(content.content().getTitle()));
    }

    private void open(String query) {
        Browser browser = portal.browser();
        browser.open("/search?" + query);
        browser.find(By.id("search-total"));
    }

    private static String query(String text) {
        return "q=" + encode(text);
    }

    private List<String> hitIds() {
        return portal.browser().driver().findElements(By.cssSelector("#search-results .search-hit")).stream()
                .map(hit -> hit.getDomAttribute("data-id")).toList();
    }

    private Map<String, String> facetValues(String facet) {
        Map<String, String> values = new LinkedHashMap<>();
        for (WebElement value : portal.browser().driver()
                .findElements(By.cssSelector("#facet-" + facet + " [data-value]"))) {
            values.put(value.getDomAttribute("data-value"),
                    value.findElement(By.cssSelector(".facet-count")).getText().replaceAll("\\D", ""));
        }
        return values;
    }

    private ResultPage resultPage() {
        Map<String, String> facets = new LinkedHashMap<>();
        for (WebElement facet : portal.browser().driver().findElements(By.cssSelector("[id^='facet-']"))) {
            String name = facet.getDomAttribute("id").substring("facet-".length());
            facetValues(name).forEach((value, count) -> facets.put(name + ":" + value, count));
        }
        return new ResultPage(hitIds(), portal.browser().find(By.id("search-total")).getText(), facets);
    }

    private static String servicesIndexName(Browser admin) {
        Matcher name = INDEX_NAME.matcher(admin.find(By.id("index-services")).getText());
        assertThat(name.find()).as("the services row names its index").isTrue();
        return name.group();
    }

    private static List<String> quoted(String text) {
        List<String> values = new ArrayList<>();
        Matcher matcher = QUOTED.matcher(text);
        while (matcher.find()) {
            values.add(matcher.group(1));
        }
        return values;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
