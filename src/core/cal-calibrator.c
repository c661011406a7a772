/* cal-calibrator.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-calibrator"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "cal-calibrator.h"
#include "cal-calibration-private.h"
#include "cal-star.h"

/* A rung needs this much evidence before a story reads at it: one strong
 * phrase, or two weak hints. */
#define SCOPE_THRESHOLD 1.0
/* Quoted sentences are cut to this many characters inside suggestion text;
 * the full sentence travels alongside in the suggestion. */
#define QUOTE_CHARS 90

struct _CalCalibrator
{
  GObject     parent_instance;

  CalLexicon *lexicon;
};

G_DEFINE_FINAL_TYPE (CalCalibrator, cal_calibrator, G_TYPE_OBJECT)

G_DEFINE_QUARK (cal-calibrator-error-quark, cal_calibrator_error)

enum {
  PROP_0,
  PROP_LEXICON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What one sentence shows; filled by a single walk over the words. */
typedef struct
{
  guint    parts;          /* bit per CalStarPart, from a heading or cues */
  gboolean explicit_part;  /* the part came from a heading */
  gboolean metric;
  gboolean impact_verb;
  gboolean before_after;
  gboolean passive;
  gboolean action_subject; /* "I built", "we moved": someone acting */
  int      best_scope;     /* highest rung of its evidence, or -1 */
  double   scope_weight;   /* weight of that evidence */
  guint    i_count;
  guint    we_count;
  char    *first_hedge;    /* the first hedge as written */
} SentenceInfo;

/* Past-tense verbs that do not end in -ed, to spot "I wrote…" actions. */
static const char * const irregular_pasts[] = {
  "wrote", "ran", "took", "made", "built", "led", "set", "put", "met", "found", "spent", "sent",
  "brought", "chose", "drove", "got", "began", "kept", "held", "gave", "told", "sat", "went",
  "rewrote", "cut", "split", "won", "sold", "paid", "taught", "caught", "shut", "stood", "drew",
};

static gboolean
is_past_verb (CalLexicon *lexicon,
              const char *word)
{
  gsize len = strlen (word);

  if (len > 3 && g_str_has_suffix (word, "ed"))
    return !cal_lexicon_has_word (lexicon, CAL_LEXICON_NOT_PARTICIPLES, word);
  for (guint i = 0; i < G_N_ELEMENTS (irregular_pasts); i++)
    if (g_str_equal (word, irregular_pasts[i]))
      return TRUE;
  return cal_lexicon_has_word (lexicon, CAL_LEXICON_IMPACT_VERBS, word);
}

static gboolean
is_year (const CalScanWord *word)
{
  return word->is_number && !word->has_currency && *word->unit == '\0' &&
         word->value >= 1900 && word->value <= 2100 && word->value == (double) (int) word->value;
}

static gboolean
same_sentence (const CalScan *scan,
               guint          a,
               guint          b)
{
  return b < scan->words->len && cal_scan_word (scan, a)->sentence == cal_scan_word (scan, b)->sentence;
}

/* Reads a count at @i: digits ("30", "1.2m") or number words ("three",
 * "a few"). Returns the number of words it spans, or 0. */
static guint
read_count (CalLexicon    *lexicon,
            const CalScan *scan,
            guint          i,
            double        *value)
{
  const CalScanWord *word = cal_scan_word (scan, i);
  const CalPhrase *phrase;

  if (word->is_number)
    {
      if (is_year (word) || (*word->unit != '\0' && !g_str_equal (word->unit, "k") &&
                              !g_str_equal (word->unit, "m") && !g_str_equal (word->unit, "bn") &&
                              !g_str_equal (word->unit, "b") && !g_str_equal (word->unit, "+")))
        return 0;
      *value = word->value;
      return 1;
    }

  phrase = cal_lexicon_match (lexicon, CAL_LEXICON_NUMBER_WORDS, scan, i);
  if (phrase == NULL)
    return 0;
  *value = phrase->weight;
  return phrase->n_words;
}

static CalScope
magnitude_rung (const CalMagnitude *magnitude,
                double              value)
{
  CalScope rung = magnitude->rungs[0];

  for (guint r = 0; r < magnitude->n_rungs; r++)
    if (value >= magnitude->min[r])
      rung = magnitude->rungs[r];
  return rung;
}

static const char * const scale_words[][2] = {
  { "thousand", "1e3" }, { "k", "1e3" }, { "million", "1e6" }, { "millions", "1e6" },
  { "billion", "1e9" }, { "bn", "1e9" },
};

static const char * const money_words[] = {
  "dollars", "dollar", "euros", "euro", "pounds", "usd", "eur", "gbp", "budget", "revenue", "arr", "savings",
};

/* Looks for "30 engineers", "three product teams", "2 million users",
 * "hundreds of engineers" or "$1.2m" at @i and records the rung the count
 * reaches. */
static void
match_magnitude (CalCalibrator  *self,
                 CalCalibration *result,
                 const CalScan  *scan,
                 guint           i,
                 guint           sentence)
{
  const CalScanWord *word = cal_scan_word (scan, i);
  double value = 0;
  guint span = read_count (self->lexicon, scan, i, &value);
  gboolean money = word->is_number && word->has_currency;

  if (span == 0 && !money)
    return;
  if (money)
    value = word->value;

  for (guint k = i + MAX (span, 1), seen = 0; seen < 4 && same_sentence (scan, i, k); k++, seen++)
    {
      const char *noun = cal_scan_word (scan, k)->norm;
      const CalMagnitude *magnitude = NULL;
      gboolean scaled = FALSE;

      for (guint s = 0; s < G_N_ELEMENTS (scale_words); s++)
        if (g_str_equal (noun, scale_words[s][0]))
          {
            value *= g_ascii_strtod (scale_words[s][1], NULL);
            scaled = TRUE;
          }
      if (scaled || g_str_equal (noun, "of") || g_str_equal (noun, "more") || g_str_equal (noun, "new"))
        continue;

      for (guint m = 0; !money && m < G_N_ELEMENTS (money_words); m++)
        if (g_str_equal (noun, money_words[m]))
          money = word->is_number;

      if (!money)
        magnitude = cal_lexicon_find_magnitude (self->lexicon, noun);
      else
        magnitude = cal_lexicon_get_money (self->lexicon);

      if (magnitude != NULL)
        {
          g_autofree char *phrase = g_strndup (scan->text + word->start,
                                               cal_scan_word (scan, money ? i : k)->end - word->start);
          g_autofree char *text = cal_scan_sentence_text (scan, sentence);

          cal_calibration_add_evidence (result, magnitude_rung (magnitude, value),
                                        magnitude->strong ? 1.0 : 0.5, phrase, text);
          return;
        }

      /* Allow one or two describing words ("30 backend engineers"), but
       * stop at another counted noun: "5 steps people forgot". */
      if (cal_scan_word (scan, k)->is_number ||
          cal_lexicon_has_word (self->lexicon, CAL_LEXICON_METRIC_UNITS, noun))
        return;
    }
}

static gboolean
is_metric_at (CalLexicon    *lexicon,
              const CalScan *scan,
              guint          i)
{
  const CalScanWord *word = cal_scan_word (scan, i);

  if (cal_lexicon_has_word (lexicon, CAL_LEXICON_METRIC_WORDS, word->norm))
    return TRUE;
  if (!word->is_number || is_year (word))
    return FALSE;
  if (word->has_currency || *word->unit != '\0')
    return TRUE;

  /* A bare number counts when a unit or counted noun follows closely:
   * "30 engineers", "4 hours", "2 million users", "12 percent". */
  for (guint k = i + 1; k <= i + 3 && same_sentence (scan, i, k); k++)
    {
      const CalScanWord *next = cal_scan_word (scan, k);

      if (cal_lexicon_has_word (lexicon, CAL_LEXICON_METRIC_UNITS, next->norm) ||
          cal_lexicon_match (lexicon, CAL_LEXICON_METRIC_UNITS, scan, k) != NULL)
        return TRUE;
      if (next->is_number)
        return FALSE;
    }
  return FALSE;
}

static gboolean
number_within (const CalScan *scan,
               guint          from,
               guint          n)
{
  for (guint k = from; k < from + n && same_sentence (scan, from - 1, k); k++)
    if (cal_scan_word (scan, k)->is_number && !is_year (cal_scan_word (scan, k)))
      return TRUE;
  return FALSE;
}

/* "from 40 minutes to 6", "down from 12%", "went from 3 deploys a week
 * to 20 a day", "40 → 6". */
static gboolean
sentence_before_after (const CalScan         *scan,
                       const CalScanSentence *sentence)
{
  guint last = sentence->first_word + sentence->n_words;
  g_autofree char *text = g_strndup (scan->text + sentence->start, sentence->end - sentence->start);

  if ((strstr (text, "->") != NULL || strstr (text, "\xe2\x86\x92") != NULL) && strpbrk (text, "0123456789") != NULL)
    return TRUE;

  for (guint i = sentence->first_word; i < last; i++)
    {
      const char *norm = cal_scan_word (scan, i)->norm;

      if (!g_str_equal (norm, "from"))
        continue;

      if (i > sentence->first_word &&
          (g_str_equal (cal_scan_word (scan, i - 1)->norm, "down") ||
           g_str_equal (cal_scan_word (scan, i - 1)->norm, "up")) &&
          number_within (scan, i + 1, 3))
        return TRUE;

      if (!number_within (scan, i + 1, 6))
        continue;
      for (guint k = i + 2; k < last && k < i + 12; k++)
        if (g_str_equal (cal_scan_word (scan, k)->norm, "to") && number_within (scan, k + 1, 4))
          return TRUE;
    }

  /* "before … after …" with numbers on both sides */
  {
    gboolean before = FALSE;

    for (guint i = sentence->first_word; i < last; i++)
      {
        const char *norm = cal_scan_word (scan, i)->norm;

        if (g_str_equal (norm, "before") && number_within (scan, i + 1, 5))
          before = TRUE;
        else if (before && (g_str_equal (norm, "after") || g_str_equal (norm, "now")) && number_within (scan, i + 1, 5))
          return TRUE;
      }
  }

  return FALSE;
}

static const char * const passive_fillers[] = {
  "then", "also", "not", "all", "quickly", "finally", "eventually", "later", "never", "already", "first", "fully",
};

static gboolean
is_passive_at (CalLexicon    *lexicon,
               const CalScan *scan,
               guint          i)
{
  guint k = i + 1;

  if (!cal_lexicon_has_word (lexicon, CAL_LEXICON_PASSIVE_AUX, cal_scan_word (scan, i)->norm))
    return FALSE;

  /* Let one adverb stand between: "was then rolled out". */
  if (same_sentence (scan, i, k))
    {
      const char *next = cal_scan_word (scan, k)->norm;

      if (g_str_has_suffix (next, "ly"))
        k++;
      else
        for (guint f = 0; f < G_N_ELEMENTS (passive_fillers); f++)
          if (g_str_equal (next, passive_fillers[f]))
            {
              k++;
              break;
            }
    }

  if (!same_sentence (scan, i, k))
    return FALSE;
  {
    const char *word = cal_scan_word (scan, k)->norm;

    if (cal_lexicon_has_word (lexicon, CAL_LEXICON_NOT_PARTICIPLES, word))
      return FALSE;
    if (cal_lexicon_has_word (lexicon, CAL_LEXICON_PARTICIPLES, word))
      return TRUE;
    /* "unbalanced", "unexpected": adjectives, not actions done to something. */
    return strlen (word) > 4 && g_str_has_suffix (word, "ed") && !g_str_has_prefix (word, "un");
  }
}

static char *
quote (const char *sentence)
{
  g_autofree char *flat = g_strdup (sentence);

  /* Newlines inside a wrapped sentence would break the quoted line. */
  g_strdelimit (flat, "\n\r\t", ' ');
  if (g_utf8_strlen (flat, -1) <= QUOTE_CHARS)
    return g_steal_pointer (&flat);
  {
    const char *cut = g_utf8_offset_to_pointer (flat, QUOTE_CHARS);
    const char *space = cut;

    /* Cut at a word boundary when one is near. */
    while (space > flat && *space != ' ' && cut - space < 20)
      space--;
    if (*space != ' ')
      space = cut;
    return g_strdup_printf ("%.*s…", (int) (space - flat), flat);
  }
}

static void
cal_calibrator_dispose (GObject *object)
{
  CalCalibrator *self = (CalCalibrator *)object;

  g_clear_object (&self->lexicon);

  G_OBJECT_CLASS (cal_calibrator_parent_class)->dispose (object);
}

static void
cal_calibrator_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CalCalibrator *self = CAL_CALIBRATOR (object);

  switch (prop_id)
    {
    case PROP_LEXICON:
      g_value_set_object (value, self->lexicon);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cal_calibrator_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CalCalibrator *self = CAL_CALIBRATOR (object);

  switch (prop_id)
    {
    case PROP_LEXICON:
      self->lexicon = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cal_calibrator_class_init (CalCalibratorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cal_calibrator_dispose;
  object_class->get_property = cal_calibrator_get_property;
  object_class->set_property = cal_calibrator_set_property;

  /**
   * CalCalibrator:lexicon:
   *
   * The word lists and rubric; the built-in catalog when not given.
   */
  properties[PROP_LEXICON] =
    g_param_spec_object ("lexicon", NULL, NULL,
                         CAL_TYPE_LEXICON,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cal_calibrator_init (CalCalibrator *self)
{
}

/**
 * cal_calibrator_new:
 * @lexicon: (nullable): the lexicon to use, or %NULL for the built-in one
 *
 * Returns: (transfer full): a new #CalCalibrator
 */
CalCalibrator *
cal_calibrator_new (CalLexicon *lexicon)
{
  g_return_val_if_fail (lexicon == NULL || CAL_IS_LEXICON (lexicon), NULL);

  if (lexicon == NULL)
    lexicon = cal_lexicon_get_default ();
  return g_object_new (CAL_TYPE_CALIBRATOR, "lexicon", lexicon, NULL);
}

/**
 * cal_calibrator_get_lexicon:
 * @self: a #CalCalibrator
 *
 * Returns: (transfer none): the lexicon in use
 */
CalLexicon *
cal_calibrator_get_lexicon (CalCalibrator *self)
{
  g_return_val_if_fail (CAL_IS_CALIBRATOR (self), NULL);
  return self->lexicon;
}

/* Stories without headings, and spoken answers, get their STAR parts from
 * cue phrases and from the shape of each sentence. */
static void
infer_parts (CalCalibrator *self,
             const CalScan *scan,
             SentenceInfo  *info)
{
  guint n = scan->sentences->len;
  int first_action = -1;

  for (guint s = 0; s < n; s++)
    {
      if (info[s].explicit_part)
        continue;
      if (info[s].metric && info[s].impact_verb)
        info[s].parts |= 1 << CAL_STAR_RESULT;
      if (info[s].action_subject && (info[s].parts & (1 << CAL_STAR_TASK)) == 0)
        info[s].parts |= 1 << CAL_STAR_ACTION;
      if (first_action < 0 && (info[s].parts & (1 << CAL_STAR_ACTION)) != 0)
        first_action = s;
    }

  /* What comes before the first action and is neither task nor result
   * sets the scene. */
  for (guint s = 0; s < n && (first_action < 0 || s < (guint) first_action); s++)
    {
      if (info[s].explicit_part)
        continue;
      if ((info[s].parts & ((1 << CAL_STAR_TASK) | (1 << CAL_STAR_RESULT))) == 0)
        info[s].parts |= 1 << CAL_STAR_SITUATION;
    }
}

static int
find_sentence (const SentenceInfo *info,
               guint               n,
               guint               part_mask,
               gboolean (*test) (const SentenceInfo *))
{
  for (guint s = 0; s < n; s++)
    if ((part_mask == 0 || (info[s].parts & part_mask) != 0) && (test == NULL || test (&info[s])))
      return s;
  return -1;
}

static gboolean
has_metric_test (const SentenceInfo *info)
{
  return info->metric;
}

static gboolean
has_passive_test (const SentenceInfo *info)
{
  return info->passive;
}

static gboolean
has_we_test (const SentenceInfo *info)
{
  return info->we_count > 0;
}

static gboolean
has_hedge_test (const SentenceInfo *info)
{
  return info->first_hedge != NULL;
}

static void
suggest (CalCalibration *result,
         const CalScan  *scan,
         const char     *kind,
         int             sentence,
         const char     *text)
{
  g_autofree char *verbatim = sentence >= 0 ? cal_scan_sentence_text (scan, sentence) : NULL;

  cal_calibration_add_suggestion (result, kind, verbatim, text);
}

static void
add_suggestions (CalCalibrator        *self,
                 CalCalibration       *result,
                 const CalScan        *scan,
                 const SentenceInfo   *info,
                 gboolean              spoken,
                 const CalLevelRubric *target,
                 guint                 action_i,
                 guint                 action_we,
                 gboolean              has_action_part)
{
  guint n = scan->sentences->len;

  if (n == 0)
    {
      cal_calibration_add_suggestion (result, "star", NULL,
                                      spoken ? _("Nothing was heard: answer the question out loud, starting with the result.")
                                             : _("Write the story first: one sentence each for the situation, your task, what you did and the result."));
      return;
    }

  /* 1. Lead with the result. */
  if (!result->impact_first)
    {
      int best = -1;
      double best_score = 0;

      for (guint s = 0; s < n; s++)
        {
          double score;

          if (!info[s].impact_verb || (!info[s].metric && info[s].best_scope < 0))
            continue;
          score = (info[s].metric ? 2 : 0) + info[s].best_scope * 0.25 +
                  ((info[s].parts & (1 << CAL_STAR_RESULT)) != 0 ? 1 : 0);
          if (score > best_score)
            {
              best = s;
              best_score = score;
            }
        }

      if (best > 0)
        {
          g_autofree char *sentence = cal_scan_sentence_text (scan, best);
          g_autofree char *quoted = quote (sentence);
          g_autofree char *text = g_strdup_printf (spoken ? _("Lead with the result: say “%s” first.")
                                                          : _("Lead with the result: move “%s” to the first sentence."),
                                                   quoted);

          suggest (result, scan, "impact-first", best, text);
        }
      else
        suggest (result, scan, "impact-first", 0,
                 _("Open with the outcome: say in the first sentence what changed, by how much and for whom."));
    }

  /* 2. Scope against the target, aiming half a step above it. */
  if (target != NULL)
    {
      int evidence_sentence = -1;

      for (guint s = 0; s < n; s++)
        if (info[s].best_scope == (int) result->scope)
          {
            evidence_sentence = s;
            break;
          }

      if (result->verdict == CAL_VERDICT_BELOW)
        {
          g_autofree char *text = g_strdup_printf (_("To read as %s, %s; now it reads as %s."),
                                                   target->name, target->reach,
                                                   cal_lexicon_get_scope_who (self->lexicon, result->scope));
          suggest (result, scan, "scope", evidence_sentence, text);
        }
      else if (result->verdict == CAL_VERDICT_AT)
        {
          g_autofree char *text = g_strdup_printf (_("It reads as %s. To land half a step above, %s."),
                                                   target->name, target->half_step);
          suggest (result, scan, "half-step", evidence_sentence, text);
        }
      else
        {
          const CalLevelRubric *detected = cal_lexicon_get_level (self->lexicon, result->detected_level);
          g_autofree char *text = g_strdup_printf (_("It reads as %s, above %s, which is where it should be: keep your own part in it clear."),
                                                   detected != NULL ? detected->name : result->detected_level,
                                                   target->name);
          suggest (result, scan, "half-step", evidence_sentence, text);
        }
    }

  /* 3. Numbers. */
  if (!result->has_metric)
    {
      int at = find_sentence (info, n, 1 << CAL_STAR_RESULT, NULL);

      suggest (result, scan, "metric", at >= 0 ? at : (int) n - 1,
               _("Add a number to the result: how much faster, cheaper or bigger, and for how many people?"));
    }
  else if (!result->before_after)
    {
      int at = find_sentence (info, n, 1 << CAL_STAR_RESULT, has_metric_test);

      if (at < 0)
        at = find_sentence (info, n, 0, has_metric_test);
      suggest (result, scan, "before-after", at,
               _("Give the before and after: “from 40 minutes to 6” shows the size of the change better than the end figure alone."));
    }

  /* 4. "I" versus "we" in what was done. */
  if (action_we >= 3 && action_we > action_i)
    {
      int at = find_sentence (info, n, 1 << CAL_STAR_ACTION, has_we_test);
      g_autofree char *text = NULL;

      if (has_action_part)
        text = g_strdup_printf (_("Say what you did: in Action, “we” appears %u times and “I” only %u."), action_we, action_i);
      else
        text = g_strdup_printf (_("Say what you did: where you describe the work, “we” appears %u times and “I” only %u."),
                                action_we, action_i);
      suggest (result, scan, "i-we", at, text);
    }

  /* 5. Passive voice hides who acted. */
  if (result->passive_in_action > 0)
    {
      int at = find_sentence (info, n, 1 << CAL_STAR_ACTION, has_passive_test);
      g_autofree char *sentence = at >= 0 ? cal_scan_sentence_text (scan, at) : NULL;
      g_autofree char *quoted = sentence != NULL ? quote (sentence) : NULL;
      g_autofree char *text = g_strdup_printf (_("Say who did it: “%s” does not show who acted; start it with “I”."),
                                               quoted != NULL ? quoted : "");
      suggest (result, scan, "passive", at, text);
    }

  /* 6. Hedges weaken a claim the teller can make plainly. */
  {
    int at = find_sentence (info, n, 0, has_hedge_test);

    if (at >= 0)
      {
        g_autofree char *text = g_strdup_printf (_("Drop “%s”: say what you did and what happened, plainly."),
                                                 info[at].first_hedge);
        suggest (result, scan, "hedge", at, text);
      }
  }

  /* 7. Missing parts of STAR. */
  if (!result->star[CAL_STAR_SITUATION])
    cal_calibration_add_suggestion (result, "star", NULL,
                                    _("Add one sentence of situation: where this happened and why it mattered."));
  if (!result->star[CAL_STAR_TASK])
    cal_calibration_add_suggestion (result, "star", NULL,
                                    _("Say what your task was: what you were asked or chose to do, and why it was hard."));
  if (!result->star[CAL_STAR_ACTION])
    cal_calibration_add_suggestion (result, "star", NULL,
                                    _("Describe your actions: two or three things you did yourself, in the order you did them."));
  if (!result->star[CAL_STAR_RESULT])
    cal_calibration_add_suggestion (result, "star", NULL,
                                    _("Finish with the result: what changed afterwards, with a number if you have one."));
}

/**
 * cal_calibrator_calibrate_scan:
 * @self: a #CalCalibrator
 * @scan: the story or answer, already scanned
 * @spoken: %TRUE for a spoken answer, which changes the wording of advice
 * @target_level: (nullable): the level id aimed at
 * @error: return location for a #GError
 *
 * The common path of every calibration, shared with the speaking coach.
 *
 * Returns: (transfer full): the calibration, or %NULL with @error set
 */
CalCalibration *
cal_calibrator_calibrate_scan (CalCalibrator  *self,
                               const CalScan  *scan,
                               gboolean        spoken,
                               const char     *target_level,
                               GError        **error)
{
  g_autoptr(CalCalibration) result = NULL;
  g_autofree SentenceInfo *info = NULL;
  const CalLevelRubric *target = NULL;
  CalLexicon *lexicon;
  double weight[CAL_SCOPE_N] = { 0, };
  guint n, action_i = 0, action_we = 0;
  guint hedge_until = 0, scope_until = 0, cue_until = 0;
  gboolean has_action_part = FALSE;
  int scope = -1;

  g_return_val_if_fail (CAL_IS_CALIBRATOR (self), NULL);
  g_return_val_if_fail (scan != NULL, NULL);

  lexicon = self->lexicon;
  if (lexicon == NULL)
    {
      g_set_error (error, CAL_CALIBRATOR_ERROR, CAL_CALIBRATOR_ERROR_NO_LEXICON,
                   _("The calibration word lists are missing from this installation"));
      return NULL;
    }

  if (target_level != NULL)
    {
      target = cal_lexicon_get_level (lexicon, target_level);
      if (target == NULL)
        {
          g_set_error (error, CAL_CALIBRATOR_ERROR, CAL_CALIBRATOR_ERROR_UNKNOWN_LEVEL,
                       _("Unknown level “%s”; use one of intern, junior, mid, senior, staff, principal, distinguished, manager, senior-manager, director, vp, c-level"),
                       target_level);
          return NULL;
        }
    }

  result = g_object_new (CAL_TYPE_CALIBRATION, NULL);
  n = scan->sentences->len;
  info = g_new0 (SentenceInfo, MAX (n, 1));

  for (guint s = 0; s < n; s++)
    {
      const CalScanSentence *sentence = cal_scan_sentence (scan, s);

      info[s].best_scope = -1;
      if (sentence->part >= 0)
        {
          info[s].parts = 1 << sentence->part;
          info[s].explicit_part = TRUE;
          has_action_part |= sentence->part == CAL_STAR_ACTION;
        }
      info[s].before_after = sentence_before_after (scan, sentence);
    }

  for (guint i = 0; i < scan->words->len; i++)
    {
      const CalScanWord *word = cal_scan_word (scan, i);
      SentenceInfo *si = &info[word->sentence];
      const CalScanSentence *sentence = cal_scan_sentence (scan, word->sentence);
      const CalPhrase *phrase;
      guint before = result->evidence->len;

      if (cal_lexicon_has_word (lexicon, CAL_LEXICON_I_WORDS, word->norm))
        {
          si->i_count++;
          /* "I" followed by a past verb is someone acting. */
          if (same_sentence (scan, i, i + 1) && is_past_verb (lexicon, cal_scan_word (scan, i + 1)->norm))
            si->action_subject = TRUE;
        }
      else if (cal_lexicon_has_word (lexicon, CAL_LEXICON_WE_WORDS, word->norm))
        si->we_count++;

      if (cal_lexicon_has_word (lexicon, CAL_LEXICON_IMPACT_VERBS, word->norm))
        si->impact_verb = TRUE;
      if (!si->metric && is_metric_at (lexicon, scan, i))
        si->metric = TRUE;
      if (is_passive_at (lexicon, scan, i))
        si->passive = TRUE;

      if (i >= hedge_until && (phrase = cal_lexicon_match (lexicon, CAL_LEXICON_HEDGES, scan, i)) != NULL)
        {
          cal_count_map_add (result->hedges, phrase->text);
          if (si->first_hedge == NULL)
            si->first_hedge = g_strndup (scan->text + word->start,
                                         cal_scan_word (scan, i + phrase->n_words - 1)->end - word->start);
          hedge_until = i + phrase->n_words;
        }

      if (i >= cue_until && sentence->part < 0 &&
          (phrase = cal_lexicon_match (lexicon, CAL_LEXICON_STAR_CUES, scan, i)) != NULL)
        {
          si->parts |= 1 << phrase->tag;
          cue_until = i + phrase->n_words;
        }

      if (i >= scope_until && (phrase = cal_lexicon_match (lexicon, CAL_LEXICON_SCOPE, scan, i)) != NULL)
        {
          g_autofree char *sentence_text = cal_scan_sentence_text (scan, word->sentence);

          cal_calibration_add_evidence (result, phrase->tag, phrase->weight, phrase->text, sentence_text);
          scope_until = i + phrase->n_words;
        }
      else
        {
          match_magnitude (self, result, scan, i, word->sentence);
          if (result->evidence->len > before)
            scope_until = i + 1;
        }

      for (guint e = before; e < result->evidence->len; e++)
        {
          const CalScopeEvidence *evidence = g_ptr_array_index (result->evidence, e);

          if ((int) evidence->scope > si->best_scope ||
              ((int) evidence->scope == si->best_scope && evidence->weight > si->scope_weight))
            {
              si->best_scope = evidence->scope;
              si->scope_weight = evidence->weight;
            }
        }
    }

  /* Tally the evidence per rung and per sentence. */
  for (guint e = 0; e < result->evidence->len; e++)
    {
      const CalScopeEvidence *evidence = g_ptr_array_index (result->evidence, e);

      weight[evidence->scope] += evidence->weight;
    }

  /* The highest rung with enough evidence wins: stories name the smaller
   * circles as context on the way to the largest one they reached. */
  for (int r = CAL_SCOPE_N - 1; r >= 0 && scope < 0; r--)
    if (weight[r] >= SCOPE_THRESHOLD)
      scope = r;
  if (scope < 0)
    {
      double best = 0;

      for (int r = 0; r < CAL_SCOPE_N; r++)
        if (weight[r] > best)
          {
            best = weight[r];
            scope = r;
          }
    }
  result->scope = scope >= 0 ? scope : CAL_SCOPE_TASK;

  infer_parts (self, scan, info);

  for (guint s = 0; s < n; s++)
    {
      g_array_append_val (result->sentence_parts, info[s].parts);
      for (guint p = 0; p < CAL_STAR_N; p++)
        if ((info[s].parts & (1 << p)) != 0)
          result->star[p] = TRUE;
      result->has_metric |= info[s].metric;
      result->before_after |= info[s].before_after;
      result->i_count += info[s].i_count;
      result->we_count += info[s].we_count;
      if ((info[s].parts & (1 << CAL_STAR_ACTION)) != 0)
        {
          action_i += info[s].i_count;
          action_we += info[s].we_count;
          if (info[s].passive)
            {
              /* Count each passive construction, not each sentence. */
              const CalScanSentence *sentence = cal_scan_sentence (scan, s);

              for (guint i = sentence->first_word; i < sentence->first_word + sentence->n_words; i++)
                if (is_passive_at (lexicon, scan, i))
                  result->passive_in_action++;
            }
        }
    }

  /* The first sentence must carry the impact: an outcome verb together
   * with a number or a named scope. */
  if (n > 0)
    result->impact_first = info[0].impact_verb &&
                           (info[0].metric || (info[0].best_scope >= 0 && info[0].scope_weight >= 1.0));

  {
    gboolean management = target != NULL && target->management;

    result->detected_level = g_strdup (cal_lexicon_level_for_scope (lexicon, management, result->scope,
                                                                    target_level));
  }

  if (target != NULL)
    {
      result->target_level = g_strdup (target->id);
      if (result->scope < target->scope)
        result->verdict = CAL_VERDICT_BELOW;
      else if (result->scope == target->scope)
        result->verdict = CAL_VERDICT_AT;
      else
        result->verdict = CAL_VERDICT_ABOVE;
      result->aim = g_strdup_printf (_("Aim half a step above %s: %s."), target->name, target->half_step);
    }

  add_suggestions (self, result, scan, info, spoken, target, action_i, action_we, has_action_part);

  for (guint s = 0; s < n; s++)
    g_free (info[s].first_hedge);

  return g_steal_pointer (&result);
}

static gboolean
check_text (const char  *text,
            GError     **error)
{
  if (text != NULL && !g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, CAL_CALIBRATOR_ERROR, CAL_CALIBRATOR_ERROR_INVALID_TEXT,
                   _("The story is not valid UTF-8 text"));
      return FALSE;
    }
  return TRUE;
}

/**
 * cal_calibrator_calibrate_story:
 * @self: a #CalCalibrator
 * @situation: (nullable): the Situation part
 * @task: (nullable): the Task part
 * @action: (nullable): the Action part
 * @result: (nullable): the Result part
 * @target_level: (nullable): the level id aimed at
 * @error: return location for a #GError
 *
 * Calibrates a story kept as separate STAR parts, as the story bank does.
 *
 * Returns: (transfer full): the calibration, or %NULL with @error set
 */
CalCalibration *
cal_calibrator_calibrate_story (CalCalibrator  *self,
                                const char     *situation,
                                const char     *task,
                                const char     *action,
                                const char     *result,
                                const char     *target_level,
                                GError        **error)
{
  const char *parts[CAL_STAR_N] = { situation, task, action, result };
  g_autoptr(CalScan) scan = cal_scan_new ();

  g_return_val_if_fail (CAL_IS_CALIBRATOR (self), NULL);

  for (guint p = 0; p < CAL_STAR_N; p++)
    {
      if (!check_text (parts[p], error))
        return NULL;
      cal_scan_append (scan, parts[p], p);
    }

  return cal_calibrator_calibrate_scan (self, scan, FALSE, target_level, error);
}

/**
 * cal_calibrator_calibrate_text:
 * @self: a #CalCalibrator
 * @text: a story as plain text or Markdown, with or without STAR headings
 * @target_level: (nullable): the level id aimed at
 * @error: return location for a #GError
 *
 * Splits @text along its STAR headings (see cal_star_text_split()) and
 * calibrates it. A title and front matter are not part of the story.
 *
 * Returns: (transfer full): the calibration, or %NULL with @error set
 */
CalCalibration *
cal_calibrator_calibrate_text (CalCalibrator  *self,
                               const char     *text,
                               const char     *target_level,
                               GError        **error)
{
  g_autoptr(CalStarText) star = NULL;
  g_autoptr(CalScan) scan = cal_scan_new ();

  g_return_val_if_fail (CAL_IS_CALIBRATOR (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  if (!check_text (text, error))
    return NULL;

  star = cal_star_text_split (text);
  cal_scan_append (scan, star->preamble, -1);
  for (guint p = 0; p < CAL_STAR_N; p++)
    cal_scan_append (scan, star->parts[p], p);

  return cal_calibrator_calibrate_scan (self, scan, FALSE, target_level, error);
}
