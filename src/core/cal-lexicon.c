/* cal-lexicon.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-lexicon"

#include "config.h"

#include <json-glib/json-glib.h>
#include <glib/gi18n-lib.h>

#include "cal-lexicon.h"

#define LEXICONS_RESOURCE RESOURCE_BASE "/catalog/lexicons.json"
#define RUBRIC_RESOURCE RESOURCE_BASE "/catalog/rubric.json"

typedef struct
{
  CalPhrase   pub;
  char      **words;
  GHashTable *not_after;
  GHashTable *only_after;   /* NULL: no restriction */
  gboolean    at_start;
  gboolean    before_number;
} Phrase;

typedef struct
{
  GHashTable *by_first;   /* first word → GPtrArray of Phrase, longest first */
  GPtrArray  *all;        /* owns the Phrase structs */
} PhraseSet;

struct _CalLexicon
{
  GObject         parent_instance;

  GStringChunk   *chunk;
  PhraseSet       lists[CAL_LEXICON_N_LISTS];
  GArray         *magnitudes;   /* CalMagnitude */
  GHashTable     *magnitude_nouns;   /* noun → index into magnitudes */
  CalMagnitude    money;
  GArray         *levels;       /* CalLevelRubric */
  const char     *ladders[2][CAL_SCOPE_N];
  const char     *scope_who[CAL_SCOPE_N];
};

G_DEFINE_FINAL_TYPE (CalLexicon, cal_lexicon, G_TYPE_OBJECT)

G_DEFINE_QUARK (cal-lexicon-error-quark, cal_lexicon_error)

static const char * const scope_ids[CAL_SCOPE_N] = {
  "task", "project", "team", "multi-team", "org", "company",
};

static const char * const star_ids[CAL_STAR_N] = {
  "situation", "task", "action", "result",
};

/**
 * cal_scope_to_string:
 * @scope: a #CalScope
 *
 * Returns: the rung id used in JSON, e.g. "multi-team"
 */
const char *
cal_scope_to_string (CalScope scope)
{
  g_return_val_if_fail (scope < CAL_SCOPE_N, NULL);
  return scope_ids[scope];
}

/**
 * cal_scope_from_string:
 * @text: a rung id
 * @scope: (out) (optional): the rung
 *
 * Returns: %TRUE if @text names a rung
 */
gboolean
cal_scope_from_string (const char *text,
                       CalScope   *scope)
{
  for (guint i = 0; i < CAL_SCOPE_N && text != NULL; i++)
    {
      if (g_str_equal (text, scope_ids[i]))
        {
          if (scope != NULL)
            *scope = i;
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * cal_star_part_to_string:
 * @part: a #CalStarPart
 *
 * Returns: "situation", "task", "action" or "result"
 */
const char *
cal_star_part_to_string (CalStarPart part)
{
  g_return_val_if_fail (part < CAL_STAR_N, NULL);
  return star_ids[part];
}

static void
phrase_free (gpointer data)
{
  Phrase *phrase = data;

  g_strfreev (phrase->words);
  g_clear_pointer (&phrase->not_after, g_hash_table_unref);
  g_clear_pointer (&phrase->only_after, g_hash_table_unref);
  g_free (phrase);
}

static void
phrase_set_init (PhraseSet *set)
{
  set->by_first = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) g_ptr_array_unref);
  set->all = g_ptr_array_new_with_free_func (phrase_free);
}

static void
phrase_set_clear (PhraseSet *set)
{
  g_clear_pointer (&set->by_first, g_hash_table_unref);
  g_clear_pointer (&set->all, g_ptr_array_unref);
}

static int
compare_longest_first (gconstpointer a,
                       gconstpointer b)
{
  const Phrase *pa = *(const Phrase * const *) a;
  const Phrase *pb = *(const Phrase * const *) b;

  return (int) pb->pub.n_words - (int) pa->pub.n_words;
}

static GHashTable *
word_set_from_array (JsonArray *array)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      const char *word = json_array_get_string_element (array, i);

      if (word != NULL)
        g_hash_table_add (set, g_utf8_strdown (word, -1));
    }
  return set;
}

/* Phrases are cut into words by the same scanner as the texts they are
 * matched against, so hyphens and apostrophes agree on both sides. */
static void
phrase_set_add (CalLexicon *self,
                PhraseSet  *set,
                JsonNode   *entry,
                int         tag,
                double      weight)
{
  g_autoptr(CalScan) scan = NULL;
  const char *text = NULL;
  JsonObject *object = NULL;
  GPtrArray *bucket;
  Phrase *phrase;

  if (JSON_NODE_HOLDS_VALUE (entry))
    text = json_node_get_string (entry);
  else if (JSON_NODE_HOLDS_OBJECT (entry))
    {
      object = json_node_get_object (entry);
      text = json_object_get_string_member_with_default (object, "phrase", NULL);
    }

  if (text == NULL)
    return;

  scan = cal_scan_new_text (text);
  if (scan->words->len == 0)
    return;

  phrase = g_new0 (Phrase, 1);
  phrase->pub.text = g_string_chunk_insert_const (self->chunk, text);
  phrase->pub.n_words = scan->words->len;
  phrase->pub.tag = tag;
  phrase->pub.weight = weight;
  phrase->words = g_new0 (char *, scan->words->len + 1);
  for (guint i = 0; i < scan->words->len; i++)
    phrase->words[i] = g_strdup (cal_scan_word (scan, i)->norm);

  if (object != NULL)
    {
      if (json_object_has_member (object, "not_after"))
        phrase->not_after = word_set_from_array (json_object_get_array_member (object, "not_after"));
      if (json_object_has_member (object, "only_after"))
        phrase->only_after = word_set_from_array (json_object_get_array_member (object, "only_after"));
      phrase->at_start = json_object_get_boolean_member_with_default (object, "at_start", FALSE);
      phrase->before_number = json_object_get_boolean_member_with_default (object, "before_number", FALSE);
    }

  g_ptr_array_add (set->all, phrase);
  bucket = g_hash_table_lookup (set->by_first, phrase->words[0]);
  if (bucket == NULL)
    {
      bucket = g_ptr_array_new ();
      g_hash_table_insert (set->by_first, g_strdup (phrase->words[0]), bucket);
    }
  g_ptr_array_add (bucket, phrase);
  g_ptr_array_sort (bucket, compare_longest_first);
}

static void
phrase_set_add_array (CalLexicon *self,
                      PhraseSet  *set,
                      JsonArray  *array,
                      int         tag,
                      double      weight)
{
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    phrase_set_add (self, set, json_array_get_element (array, i), tag, weight);
}

static JsonArray *
get_array (JsonObject *object,
           const char *member)
{
  JsonNode *node;

  if (object == NULL || !json_object_has_member (object, member))
    return NULL;
  node = json_object_get_member (object, member);
  return JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static JsonObject *
get_object (JsonObject *object,
            const char *member)
{
  JsonNode *node;

  if (object == NULL || !json_object_has_member (object, member))
    return NULL;
  node = json_object_get_member (object, member);
  return JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static gboolean
parse_magnitude (JsonObject   *object,
                 const char   *id,
                 CalMagnitude *magnitude)
{
  JsonArray *rungs = get_array (object, "rungs");

  magnitude->id = id;
  magnitude->n_rungs = 0;
  magnitude->strong = g_strcmp0 (json_object_get_string_member_with_default (object, "strength", "weak"),
                                 "strong") == 0;

  for (guint i = 0; rungs != NULL && i < json_array_get_length (rungs) && i < G_N_ELEMENTS (magnitude->rungs); i++)
    {
      JsonArray *pair = json_array_get_array_element (rungs, i);
      CalScope scope;

      if (pair == NULL || json_array_get_length (pair) != 2 ||
          !cal_scope_from_string (json_array_get_string_element (pair, 0), &scope))
        return FALSE;
      magnitude->rungs[magnitude->n_rungs] = scope;
      magnitude->min[magnitude->n_rungs] = json_array_get_double_element (pair, 1);
      magnitude->n_rungs++;
    }
  return magnitude->n_rungs > 0;
}

static gboolean
load_lexicons (CalLexicon  *self,
               JsonObject  *root,
               GError     **error)
{
  static const char * const star_cue_members[CAL_STAR_N] = { "situation", "task", "action", "result" };
  JsonObject *pronouns = get_object (root, "pronouns");
  JsonObject *cues = get_object (root, "star_cues");
  JsonObject *scope = get_object (root, "scope");
  JsonObject *magnitudes = get_object (root, "magnitudes");
  JsonObject *number_words = get_object (root, "number_words");

  if (get_array (root, "fillers") == NULL || get_array (root, "hedges") == NULL ||
      pronouns == NULL || cues == NULL || scope == NULL || magnitudes == NULL || number_words == NULL)
    {
      g_set_error (error, CAL_LEXICON_ERROR, CAL_LEXICON_ERROR_INVALID,
                   _("The lexicon file lacks one of its lists"));
      return FALSE;
    }

  phrase_set_add_array (self, &self->lists[CAL_LEXICON_FILLERS], get_array (root, "fillers"), 0, 1);
  phrase_set_add_array (self, &self->lists[CAL_LEXICON_HEDGES], get_array (root, "hedges"), 0, 1);
  phrase_set_add_array (self, &self->lists[CAL_LEXICON_I_WORDS], get_array (pronouns, "i"), 0, 1);
  phrase_set_add_array (self, &self->lists[CAL_LEXICON_WE_WORDS], get_array (pronouns, "we"), 0, 1);
  phrase_set_add_array (self, &self->lists[CAL_LEXICON_IMPACT_VERBS], get_array (root, "impact_verbs"), 0, 1);
  phrase_set_add_array (self, &self->lists[CAL_LEXICON_OUTCOME_NOUNS], get_array (root, "outcome_nouns"), 0, 1);
  phrase_set_add_array (self, &self->lists[CAL_LEXICON_METRIC_UNITS], get_array (root, "metric_units"), 0, 1);
  phrase_set_add_array (self, &self->lists[CAL_LEXICON_METRIC_WORDS], get_array (root, "metric_words"), 0, 1);
  phrase_set_add_array (self, &self->lists[CAL_LEXICON_BEFORE_AFTER], get_array (root, "before_after"), 0, 1);
  phrase_set_add_array (self, &self->lists[CAL_LEXICON_PASSIVE_AUX], get_array (root, "passive_auxiliaries"), 0, 1);
  phrase_set_add_array (self, &self->lists[CAL_LEXICON_PARTICIPLES], get_array (root, "irregular_participles"), 0, 1);
  phrase_set_add_array (self, &self->lists[CAL_LEXICON_NOT_PARTICIPLES], get_array (root, "not_participles"), 0, 1);
  phrase_set_add_array (self, &self->lists[CAL_LEXICON_SIGNPOSTS], get_array (root, "signposts"), 0, 1);

  for (guint i = 0; i < CAL_STAR_N; i++)
    phrase_set_add_array (self, &self->lists[CAL_LEXICON_STAR_CUES], get_array (cues, star_cue_members[i]), i, 1);

  for (guint i = 0; i < CAL_SCOPE_N; i++)
    {
      JsonObject *rung = get_object (scope, scope_ids[i]);

      if (rung == NULL)
        {
          g_set_error (error, CAL_LEXICON_ERROR, CAL_LEXICON_ERROR_INVALID,
                       _("The lexicon file has no scope words for “%s”"), scope_ids[i]);
          return FALSE;
        }
      phrase_set_add_array (self, &self->lists[CAL_LEXICON_SCOPE], get_array (rung, "strong"), i, 1.0);
      phrase_set_add_array (self, &self->lists[CAL_LEXICON_SCOPE], get_array (rung, "weak"), i, 0.5);
    }

  {
    JsonObjectIter iter;
    const char *name;
    JsonNode *node;

    json_object_iter_init (&iter, number_words);
    while (json_object_iter_next (&iter, &name, &node))
      {
        g_autoptr(JsonNode) text = json_node_init_string (json_node_alloc (), name);

        if (JSON_NODE_HOLDS_VALUE (node))
          phrase_set_add (self, &self->lists[CAL_LEXICON_NUMBER_WORDS], text, 0, json_node_get_double (node));
      }

    json_object_iter_init (&iter, magnitudes);
    while (json_object_iter_next (&iter, &name, &node))
      {
        CalMagnitude magnitude = { 0 };
        JsonObject *object;
        JsonArray *nouns;

        if (!JSON_NODE_HOLDS_OBJECT (node))
          continue;
        object = json_node_get_object (node);
        if (!parse_magnitude (object, g_string_chunk_insert_const (self->chunk, name), &magnitude))
          {
            g_set_error (error, CAL_LEXICON_ERROR, CAL_LEXICON_ERROR_INVALID,
                         _("The lexicon magnitude “%s” is malformed"), name);
            return FALSE;
          }

        if (g_str_equal (name, "money"))
          {
            self->money = magnitude;
            continue;
          }

        g_array_append_val (self->magnitudes, magnitude);
        nouns = get_array (object, "nouns");
        for (guint i = 0; nouns != NULL && i < json_array_get_length (nouns); i++)
          {
            const char *noun = json_array_get_string_element (nouns, i);

            /* The first list to name a noun keeps it. */
            if (noun != NULL && !g_hash_table_contains (self->magnitude_nouns, noun))
              g_hash_table_insert (self->magnitude_nouns, g_strdup (noun),
                                   GUINT_TO_POINTER (self->magnitudes->len - 1));
          }
      }
  }

  if (self->money.n_rungs == 0)
    {
      g_set_error (error, CAL_LEXICON_ERROR, CAL_LEXICON_ERROR_INVALID,
                   _("The lexicon file has no money magnitudes"));
      return FALSE;
    }

  return TRUE;
}

static gboolean
load_rubric (CalLexicon  *self,
             JsonObject  *root,
             GError     **error)
{
  JsonArray *levels = get_array (root, "levels");
  JsonObject *ladders = get_object (root, "ladders");
  JsonArray *scopes = get_array (root, "scopes");
  static const char * const ladder_ids[2] = { "ic", "management" };

  if (levels == NULL || ladders == NULL || scopes == NULL)
    {
      g_set_error (error, CAL_LEXICON_ERROR, CAL_LEXICON_ERROR_INVALID,
                   _("The rubric file lacks its levels, ladders or scopes"));
      return FALSE;
    }

  for (guint l = 0; l < 2; l++)
    {
      JsonObject *ladder = get_object (ladders, ladder_ids[l]);

      for (guint s = 0; s < CAL_SCOPE_N; s++)
        {
          const char *id = ladder != NULL ?
            json_object_get_string_member_with_default (ladder, scope_ids[s], NULL) : NULL;

          if (id == NULL)
            {
              g_set_error (error, CAL_LEXICON_ERROR, CAL_LEXICON_ERROR_INVALID,
                           _("The rubric ladder “%s” has no level for “%s”"), ladder_ids[l], scope_ids[s]);
              return FALSE;
            }
          self->ladders[l][s] = g_string_chunk_insert_const (self->chunk, id);
        }
    }

  for (guint i = 0; i < json_array_get_length (scopes); i++)
    {
      JsonObject *object = json_array_get_object_element (scopes, i);
      CalScope scope;

      if (object != NULL &&
          cal_scope_from_string (json_object_get_string_member_with_default (object, "id", NULL), &scope))
        self->scope_who[scope] = g_string_chunk_insert_const (self->chunk,
                                                              json_object_get_string_member_with_default (object, "who", ""));
    }

  for (guint i = 0; i < json_array_get_length (levels); i++)
    {
      JsonObject *object = json_array_get_object_element (levels, i);
      CalLevelRubric level = { 0 };
      const char *id, *scope, *reach, *half_step;

      if (object == NULL)
        continue;

      id = json_object_get_string_member_with_default (object, "id", NULL);
      scope = json_object_get_string_member_with_default (object, "scope", NULL);
      reach = json_object_get_string_member_with_default (object, "reach", NULL);
      half_step = json_object_get_string_member_with_default (object, "half_step", NULL);

      if (id == NULL || reach == NULL || half_step == NULL || !cal_scope_from_string (scope, &level.scope))
        {
          g_set_error (error, CAL_LEXICON_ERROR, CAL_LEXICON_ERROR_INVALID,
                       _("Level %u of the rubric is incomplete"), i + 1);
          return FALSE;
        }

      level.id = g_string_chunk_insert_const (self->chunk, id);
      level.name = g_string_chunk_insert_const (self->chunk,
                                                json_object_get_string_member_with_default (object, "name", id));
      level.management = g_strcmp0 (json_object_get_string_member_with_default (object, "ladder", "ic"),
                                    "management") == 0;
      level.reach = g_string_chunk_insert_const (self->chunk, reach);
      level.half_step = g_string_chunk_insert_const (self->chunk, half_step);
      g_array_append_val (self->levels, level);
    }

  return TRUE;
}

static JsonObject *
parse_root (JsonParser  *parser,
            const char  *data,
            const char  *what,
            GError     **error)
{
  JsonNode *root;

  if (!json_parser_load_from_data (parser, data, -1, error))
    return NULL;

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, CAL_LEXICON_ERROR, CAL_LEXICON_ERROR_INVALID,
                   _("The %s file is not a JSON object"), what);
      return NULL;
    }
  return json_node_get_object (root);
}

static void
cal_lexicon_finalize (GObject *object)
{
  CalLexicon *self = (CalLexicon *)object;

  for (guint i = 0; i < CAL_LEXICON_N_LISTS; i++)
    phrase_set_clear (&self->lists[i]);
  g_clear_pointer (&self->magnitudes, g_array_unref);
  g_clear_pointer (&self->magnitude_nouns, g_hash_table_unref);
  g_clear_pointer (&self->levels, g_array_unref);
  g_clear_pointer (&self->chunk, g_string_chunk_free);

  G_OBJECT_CLASS (cal_lexicon_parent_class)->finalize (object);
}

static void
cal_lexicon_class_init (CalLexiconClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cal_lexicon_finalize;
}

static void
cal_lexicon_init (CalLexicon *self)
{
  self->chunk = g_string_chunk_new (4096);
  for (guint i = 0; i < CAL_LEXICON_N_LISTS; i++)
    phrase_set_init (&self->lists[i]);
  self->magnitudes = g_array_new (FALSE, TRUE, sizeof (CalMagnitude));
  self->magnitude_nouns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->levels = g_array_new (FALSE, TRUE, sizeof (CalLevelRubric));
}

/**
 * cal_lexicon_new_from_data:
 * @lexicons_json: the text of lexicons.json
 * @rubric_json: the text of rubric.json
 * @error: return location for a #GError
 *
 * Returns: (transfer full): a lexicon, or %NULL with @error set
 */
CalLexicon *
cal_lexicon_new_from_data (const char  *lexicons_json,
                           const char  *rubric_json,
                           GError     **error)
{
  g_autoptr(CalLexicon) self = NULL;
  g_autoptr(JsonParser) lexicons_parser = json_parser_new ();
  g_autoptr(JsonParser) rubric_parser = json_parser_new ();
  JsonObject *lexicons, *rubric;

  g_return_val_if_fail (lexicons_json != NULL, NULL);
  g_return_val_if_fail (rubric_json != NULL, NULL);

  lexicons = parse_root (lexicons_parser, lexicons_json, "lexicon", error);
  if (lexicons == NULL)
    return NULL;
  rubric = parse_root (rubric_parser, rubric_json, "rubric", error);
  if (rubric == NULL)
    return NULL;

  self = g_object_new (CAL_TYPE_LEXICON, NULL);
  if (!load_lexicons (self, lexicons, error) || !load_rubric (self, rubric, error))
    return NULL;

  return g_steal_pointer (&self);
}

static gpointer
load_default (gpointer data)
{
  g_autoptr(GBytes) lexicons = NULL;
  g_autoptr(GBytes) rubric = NULL;
  g_autoptr(GError) error = NULL;
  CalLexicon *self;

  lexicons = g_resources_lookup_data (LEXICONS_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (lexicons != NULL)
    rubric = g_resources_lookup_data (RUBRIC_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (rubric != NULL)
    {
      /* GResource data is always followed by a NUL byte. */
      self = cal_lexicon_new_from_data (g_bytes_get_data (lexicons, NULL),
                                        g_bytes_get_data (rubric, NULL), &error);
      if (self != NULL)
        return self;
    }

  g_critical ("The built-in calibration lexicon cannot be loaded: %s", error->message);
  return NULL;
}

/**
 * cal_lexicon_get_default:
 *
 * The lexicon shipped in the catalog, read on first use and kept for the
 * life of the process.
 *
 * Returns: (transfer none): the built-in lexicon
 */
CalLexicon *
cal_lexicon_get_default (void)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, load_default, NULL);
  return once.retval;
}

static gboolean
word_is_number (CalLexicon    *self,
                const CalScan *scan,
                guint          i)
{
  if (i >= scan->words->len)
    return FALSE;
  if (cal_scan_word (scan, i)->is_number)
    return TRUE;
  return cal_lexicon_match (self, CAL_LEXICON_NUMBER_WORDS, scan, i) != NULL;
}

/**
 * cal_lexicon_match:
 * @self: a #CalLexicon
 * @list: which list
 * @scan: a scanned text
 * @word: index of a word in @scan
 *
 * Finds the longest phrase of @list that starts at @word and whose context
 * rules (see lexicons.json) accept the words around it.
 *
 * Returns: (nullable) (transfer none): the phrase, or %NULL
 */
const CalPhrase *
cal_lexicon_match (CalLexicon     *self,
                   CalLexiconList  list,
                   const CalScan  *scan,
                   guint           word)
{
  const CalScanWord *first;
  const char *prev = NULL;
  GPtrArray *bucket;

  g_return_val_if_fail (CAL_IS_LEXICON (self), NULL);
  g_return_val_if_fail (list < CAL_LEXICON_N_LISTS, NULL);
  g_return_val_if_fail (scan != NULL && word < scan->words->len, NULL);

  first = cal_scan_word (scan, word);
  bucket = g_hash_table_lookup (self->lists[list].by_first, first->norm);
  if (bucket == NULL)
    return NULL;

  if (word > 0 && cal_scan_word (scan, word - 1)->sentence == first->sentence)
    prev = cal_scan_word (scan, word - 1)->norm;

  for (guint b = 0; b < bucket->len; b++)
    {
      const Phrase *phrase = g_ptr_array_index (bucket, b);
      gboolean same = word + phrase->pub.n_words <= scan->words->len;

      for (guint k = 1; same && k < phrase->pub.n_words; k++)
        {
          const CalScanWord *w = cal_scan_word (scan, word + k);

          same = w->sentence == first->sentence && g_str_equal (w->norm, phrase->words[k]);
        }
      if (!same)
        continue;

      if (prev != NULL && phrase->not_after != NULL && g_hash_table_contains (phrase->not_after, prev))
        continue;

      if (phrase->only_after != NULL &&
          !(prev != NULL && !first->clause_start && g_hash_table_contains (phrase->only_after, prev)) &&
          !(phrase->at_start && first->clause_start) &&
          !(phrase->before_number && word_is_number (self, scan, word + phrase->pub.n_words)))
        continue;

      return &phrase->pub;
    }

  return NULL;
}

/**
 * cal_lexicon_has_word:
 * @self: a #CalLexicon
 * @list: which list
 * @word: a lower-case word
 *
 * Returns: %TRUE if @list holds @word as a one-word entry
 */
gboolean
cal_lexicon_has_word (CalLexicon     *self,
                      CalLexiconList  list,
                      const char     *word)
{
  GPtrArray *bucket;

  g_return_val_if_fail (CAL_IS_LEXICON (self), FALSE);
  g_return_val_if_fail (list < CAL_LEXICON_N_LISTS, FALSE);

  if (word == NULL)
    return FALSE;
  bucket = g_hash_table_lookup (self->lists[list].by_first, word);
  for (guint i = 0; bucket != NULL && i < bucket->len; i++)
    if (((const Phrase *) g_ptr_array_index (bucket, i))->pub.n_words == 1)
      return TRUE;
  return FALSE;
}

/**
 * cal_lexicon_find_magnitude:
 * @self: a #CalLexicon
 * @noun: a counted noun, e.g. "engineers"
 *
 * Returns: (nullable) (transfer none): how counts of @noun map to rungs
 */
const CalMagnitude *
cal_lexicon_find_magnitude (CalLexicon *self,
                            const char *noun)
{
  gpointer index;

  g_return_val_if_fail (CAL_IS_LEXICON (self), NULL);

  if (noun == NULL || !g_hash_table_lookup_extended (self->magnitude_nouns, noun, NULL, &index))
    return NULL;
  return &g_array_index (self->magnitudes, CalMagnitude, GPOINTER_TO_UINT (index));
}

/**
 * cal_lexicon_get_money:
 * @self: a #CalLexicon
 *
 * Returns: (transfer none): how amounts of money map to rungs
 */
const CalMagnitude *
cal_lexicon_get_money (CalLexicon *self)
{
  g_return_val_if_fail (CAL_IS_LEXICON (self), NULL);
  return &self->money;
}

/**
 * cal_lexicon_get_level:
 * @self: a #CalLexicon
 * @level_id: a level id such as "senior"
 *
 * Returns: (nullable) (transfer none): the rubric of the level
 */
const CalLevelRubric *
cal_lexicon_get_level (CalLexicon *self,
                       const char *level_id)
{
  g_return_val_if_fail (CAL_IS_LEXICON (self), NULL);

  for (guint i = 0; level_id != NULL && i < self->levels->len; i++)
    {
      const CalLevelRubric *level = &g_array_index (self->levels, CalLevelRubric, i);

      if (g_str_equal (level->id, level_id))
        return level;
    }
  return NULL;
}

/**
 * cal_lexicon_level_for_scope:
 * @self: a #CalLexicon
 * @management: which ladder
 * @scope: the rung a story shows
 * @target_level: (nullable): the level the story aims at
 *
 * Maps a rung to the level that works at that scope on one ladder. Where a
 * rung holds two levels (intern and junior, vp and c-level), the target
 * picks between them.
 *
 * Returns: (transfer none): a level id
 */
const char *
cal_lexicon_level_for_scope (CalLexicon *self,
                             gboolean    management,
                             CalScope    scope,
                             const char *target_level)
{
  g_return_val_if_fail (CAL_IS_LEXICON (self), NULL);
  g_return_val_if_fail (scope < CAL_SCOPE_N, NULL);

  if (target_level != NULL)
    {
      const CalLevelRubric *target = cal_lexicon_get_level (self, target_level);

      if (target != NULL && target->scope == scope && target->management == management)
        return target->id;
    }
  return self->ladders[management ? 1 : 0][scope];
}

/**
 * cal_lexicon_get_scope_who:
 * @self: a #CalLexicon
 * @scope: a rung
 *
 * Returns: (transfer none): who a story at @scope reaches, for messages
 */
const char *
cal_lexicon_get_scope_who (CalLexicon *self,
                           CalScope    scope)
{
  g_return_val_if_fail (CAL_IS_LEXICON (self), NULL);
  g_return_val_if_fail (scope < CAL_SCOPE_N, NULL);
  return self->scope_who[scope] != NULL ? self->scope_who[scope] : scope_ids[scope];
}
