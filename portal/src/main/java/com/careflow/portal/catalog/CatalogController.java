package com.careflow.portal.catalog;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

import com.careflow.domain.catalog.ServiceCategory;
import com.careflow.domain.catalog.ServiceItem;
import com.careflow.domain.catalog.ServiceItems;

/** The public catalog: active services by category, and one service's page with the way to order it. */
@Controller
class CatalogController {

    private final ServiceItems services;

    CatalogController(ServiceItems services) {
        this.services = services;
    }

    /**
     * Lists the active services, optionally of one category. An unknown category is a bad request, but the
     * visitor still gets the full catalog with a note instead of a bare error page.
     */
    @GetMapping("/catalog")
    ModelAndView catalog(@RequestParam(required = false) String category) {
        ModelAndView page = new ModelAndView("catalog/list");
        page.addObject("categories", ServiceCategory.values());
        Optional<ServiceCategory> selected = parse(category);
        List<ServiceItem> items;
        if (category != null && !category.isBlank() && selected.isEmpty()) {
            page.setStatus(HttpStatus.BAD_REQUEST);
            page.addObject("unknownCategory", category);
            items = services.findByActiveTrueOrderByCategoryAscPriceAsc();
        }
        else {
            items = selected.map(services::findByActiveTrueAndCategoryOrderByPriceAsc)
                    .orElseGet(services::findByActiveTrueOrderByCategoryAscPriceAsc);
        }
        page.addObject("selectedCategory", selected.orElse(null));
        page.addObject("servicesByCategory", byCategory(items));
        return page;
    }

    @GetMapping("/catalog/{id}")
    ModelAndView service(@PathVariable String id) {
        ServiceItem item = services.findByIdAndActiveTrue(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No active service " + id));
        return new ModelAndView("catalog/detail", Map.of("service", item));
    }

    private static Optional<ServiceCategory> parse(String category) {
        return Arrays.stream(ServiceCategory.values()).filter(c -> c.name().equalsIgnoreCase(category)).findFirst();
    }

    /** In the category order of the enum (Mongo sorts the names alphabetically), cheapest first within each. */
    private static Map<ServiceCategory, List<ServiceItem>> byCategory(List<ServiceItem> items) {
        return items.stream().collect(Collectors.groupingBy(ServiceItem::category,
                () -> new EnumMap<>(ServiceCategory.class), Collectors.toList()));
    }
}
