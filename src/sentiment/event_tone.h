// Talent moves as tone: a departure is bad news for the team that loses the
// person and good news for the one that gains them (a hire the reverse way
// round). Seen from the article's subject organisation when there is one
// (the entity with role "subject"); without one, a departure counts as a loss
// and a hire as a gain. The side is the sentence's aspect; a sentence that
// names none takes the side the other sentences about the person name (an
// engineer who built servers is product talent), else research. A launch or
// a funding round of the subject is good news for its product side (money
// raised is read as a bet on the business: annotators label 19 of the 21
// tuning articles with one product +1).
//
//   ApplyEventTone(analysis, {});   // after sentence tones, before AggregateTone
//
// Pure function on the Analysis it is given.
#pragma once

#include <string>
#include <vector>

#include "model/analysis.h"

namespace news {

struct EventToneOptions {
  double magnitude = 0.5;         // least |tone| a move gives the side it touches
  double launch_magnitude = 0.4;  // least product tone a launch or funding round of the subject gets
};

// Moves each departure/hire sentence's research tone (its product tone when
// the sentence speaks only to product) towards the loss or the gain.
// `departures[i]` tells that sentence i holds a departure word ("the launch
// was overshadowed by a departure", "Her exit reflects ..."): when it holds
// no move of its own but the subject loses someone in the article, its bad
// news is that loss, so it goes to the side the loss took, not to the side
// of a launch named beside it.
void ApplyEventTone(Analysis& a, const EventToneOptions& options, const std::vector<bool>& departures = {});

// The canonical name of the article's subject organisation, or "".
std::string SubjectOrganization(const Analysis& a);

// True when `owner` is `subject` or one of its units by name ("Alibaba
// Cloud" and "Alibaba", "Google DeepMind" and "Google"): one name is the
// other followed by more words. False when either is empty.
bool SameHouse(const std::string& owner, const std::string& subject);

}  // namespace news
