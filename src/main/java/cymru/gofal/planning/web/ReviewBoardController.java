package cymru.gofal.planning.web;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cymru.gofal.planning.internal.ReviewAccess;
import cymru.gofal.planning.internal.ReviewBoard;
import cymru.gofal.planning.internal.ReviewReads;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.web.NotFoundException;
import cymru.gofal.workforce.TeamRef;
import cymru.gofal.workforce.Workforce;

/**
 * The managers' reviews page: overdue reviews (longest overdue first), those due in the next four weeks, and per team
 * the reviews held in the last twelve months with the share held on time. For the user's own teams unless they
 * choose one team or all.
 */
@Controller
class ReviewBoardController {

    private final ReviewReads reads;
    private final ReviewTeams teams;
    private final Workforce workforce;

    ReviewBoardController(ReviewReads reads, ReviewTeams teams, Workforce workforce) {
        this.reads = reads;
        this.teams = teams;
        this.workforce = workforce;
    }

    @PreAuthorize(ReviewAccess.READ)
    @GetMapping("/reviews")
    String board(@RequestParam(required = false) String team, Model model) {
        ReviewTeams.Choice choice = teams.choose(team);
        if (choice == null) {
            throw new NotFoundException("No team " + team);
        }
        ReviewBoard board = choice.ids().isEmpty()
                ? new ReviewBoard(null, null, null, List.of(), List.of(), List.of()) : reads.board(choice.ids());
        long authority = CurrentUser.get().orElseThrow().authorityId();
        model.addAttribute("teams", choice.teams());
        model.addAttribute("selected", choice.selected());
        model.addAttribute("board", board);
        model.addAttribute("teamNames", choice.teams().stream().collect(Collectors.toMap(TeamRef::id, t -> t)));
        model.addAttribute("workers", ReviewController.staffNames(workforce, authority, Stream.concat(board.overdue().stream(),
                board.dueSoon().stream()).map(l -> l.review().staffId()).toList()));
        model.addAttribute("heldTotal", board.held().stream().reduce(new ReviewBoard.TeamHeld(0, 0, 0),
                (a, b) -> new ReviewBoard.TeamHeld(0, a.held() + b.held(), a.onTime() + b.onTime())));
        return "planning/reviews";
    }
}
