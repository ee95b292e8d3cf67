package cymru.gofal.performance.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cymru.gofal.performance.internal.BenchmarkImport;
import cymru.gofal.performance.internal.Benchmarks;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.platform.web.FormText;

/**
 * Benchmarking: importing other councils' published values from a CSV file, and defining comparison groups of those
 * councils (for example the council's family group).
 */
@Controller
class BenchmarkPagesController {

    /** The largest file accepted, in bytes. */
    static final long MAX_BYTES = 5L * 1024 * 1024;

    private final BenchmarkImport importer;
    private final Benchmarks benchmarks;

    BenchmarkPagesController(BenchmarkImport importer, Benchmarks benchmarks) {
        this.importer = importer;
        this.benchmarks = benchmarks;
    }

    @PreAuthorize(PerformanceAccess.TARGETS)
    @GetMapping("/performance/benchmarks")
    String page(Model model) {
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", List.of());
        }
        long authority = authority();
        model.addAttribute("councils", benchmarks.councils(authority));
        model.addAttribute("groups", benchmarks.groups(authority));
        return "performance/benchmarks";
    }

    @PreAuthorize(PerformanceAccess.TARGETS)
    @PostMapping("/performance/benchmarks/import")
    String importFile(@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        List<FormError> errors = new ArrayList<>();
        int stored = 0;
        if (file == null || file.isEmpty()) {
            errors.add(new FormError("file", "performance.benchmark.error.noFile"));
        } else if (file.getSize() > MAX_BYTES) {
            errors.add(new FormError("file", "performance.benchmark.error.tooBig", MAX_BYTES / 1024 / 1024));
        } else {
            // UTF-8 only, strictly (a file saved in another encoding is refused, not stored with broken letters),
            // without the byte-order mark spreadsheets write at the start of "CSV UTF-8" files.
            var bomless = org.apache.commons.io.input.BOMInputStream.builder().setInputStream(file.getInputStream()).get();
            try (var in = new InputStreamReader(bomless, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT))) {
                stored = importer.importFile(in, errors);
            }
        }
        if (errors.isEmpty()) {
            redirect.addFlashAttribute("saved", "performance.benchmark.imported");
            redirect.addFlashAttribute("savedArgs", new Object[] {stored});
        }
        redirect.addFlashAttribute("errors", errors);
        return "redirect:/performance/benchmarks";
    }

    @PreAuthorize(PerformanceAccess.TARGETS)
    @PostMapping("/performance/benchmarks/groups")
    String createGroup(@RequestParam(required = false) String name, @RequestParam(required = false) List<String> members,
            RedirectAttributes redirect) {
        List<FormError> errors = new ArrayList<>();
        String n = FormText.required("name", name, 100, "performance.group.name.error", errors);
        List<String> known = benchmarks.councils(authority());
        List<String> chosen = members == null ? List.of() : members.stream().filter(known::contains).distinct().toList();
        if (chosen.isEmpty()) {
            errors.add(new FormError("members", "performance.group.members.error"));
        }
        if (errors.isEmpty()) {
            if (benchmarks.createGroup(authority(), n, chosen, CurrentUser.username())) {
                redirect.addFlashAttribute("saved", "performance.group.saved");
            } else {
                errors.add(new FormError("name", "performance.group.name.error.taken"));
            }
        }
        if (!errors.isEmpty()) {
            redirect.addFlashAttribute("nameInput", java.util.Objects.toString(name, ""));
        }
        redirect.addFlashAttribute("errors", errors);
        return "redirect:/performance/benchmarks";
    }

    private static long authority() {
        return CurrentUser.get().orElseThrow().authorityId();
    }
}
