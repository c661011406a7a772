/* cal-transcript.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-transcript"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cal-report-json-private.h"
#include "cal-transcript.h"

/* Speakers average about 150 words a minute; used only when a plain text
 * arrives without a duration, so that word times are still plausible. */
#define SECONDS_PER_WORD_GUESS 0.4

struct _CalTranscript
{
  GObject  parent_instance;

  GArray  *words;      /* CalTranscriptWord */
  char    *text;       /* NULL until set or first asked for */
  gboolean text_set;   /* TRUE if the text came from outside, not the words */
  char    *engine;
  double   duration_s;
};

G_DEFINE_FINAL_TYPE (CalTranscript, cal_transcript, G_TYPE_OBJECT)

G_DEFINE_QUARK (cal-transcript-error-quark, cal_transcript_error)

static void
clear_word (gpointer data)
{
  CalTranscriptWord *word = data;

  g_clear_pointer (&word->word, g_free);
}

/* Words keep inner apostrophes and hyphens ("didn't", "follow-up") but lose
 * the punctuation around them, and are folded to lower case the way the
 * speech engine reports them, so both sources compare alike. */
static char *
normalize_token (const char *token)
{
  const char *start = token;
  const char *end = token + strlen (token);
  g_autofree char *trimmed = NULL;

  while (start < end)
    {
      gunichar c = g_utf8_get_char (start);

      if (g_unichar_isalnum (c))
        break;
      start = g_utf8_next_char (start);
    }

  while (end > start)
    {
      const char *prev = g_utf8_prev_char (end);
      gunichar c = g_utf8_get_char (prev);

      if (g_unichar_isalnum (c))
        break;
      end = prev;
    }

  if (end <= start)
    return NULL;

  trimmed = g_strndup (start, end - start);
  return g_utf8_strdown (trimmed, -1);
}

static void
cal_transcript_finalize (GObject *object)
{
  CalTranscript *self = (CalTranscript *)object;

  g_clear_pointer (&self->words, g_array_unref);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->engine, g_free);

  G_OBJECT_CLASS (cal_transcript_parent_class)->finalize (object);
}

static void
cal_transcript_class_init (CalTranscriptClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cal_transcript_finalize;
}

static void
cal_transcript_init (CalTranscript *self)
{
  self->words = g_array_new (FALSE, TRUE, sizeof (CalTranscriptWord));
  g_array_set_clear_func (self->words, clear_word);
}

/**
 * cal_transcript_new:
 * @engine: the name of what produced the words, e.g. "pocketsphinx"
 * @duration_s: the length of the recording in seconds
 *
 * Creates an empty transcript; add words with cal_transcript_add_word().
 *
 * Returns: (transfer full): a new #CalTranscript
 */
CalTranscript *
cal_transcript_new (const char *engine,
                    double      duration_s)
{
  CalTranscript *self;

  g_return_val_if_fail (engine != NULL, NULL);

  self = g_object_new (CAL_TYPE_TRANSCRIPT, NULL);
  self->engine = g_strdup (engine);
  self->duration_s = MAX (duration_s, 0.0);
  return self;
}

/**
 * cal_transcript_new_from_text:
 * @text: what was said, as plain text
 * @duration_s: how long saying it took, in seconds; 0 or less to estimate it
 *
 * Makes a transcript from typed text, for coaching an answer that was not
 * recorded. Real word times are unknown, so the words are spread evenly
 * over @duration_s: the pace is right on average, but there are no pauses.
 * Without a duration, one is estimated at 150 words a minute.
 *
 * Returns: (transfer full): a new #CalTranscript whose engine is "text"
 */
CalTranscript *
cal_transcript_new_from_text (const char *text,
                              double      duration_s)
{
  g_autoptr(GPtrArray) tokens = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) parts = NULL;
  CalTranscript *self;
  double step;

  g_return_val_if_fail (text != NULL, NULL);

  parts = g_strsplit_set (text, " \t\r\n\f\v", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *token = normalize_token (parts[i]);

      if (token != NULL)
        g_ptr_array_add (tokens, token);
    }

  if (duration_s <= 0.0)
    duration_s = tokens->len * SECONDS_PER_WORD_GUESS;

  self = cal_transcript_new ("text", duration_s);
  step = tokens->len > 0 ? duration_s / tokens->len : 0.0;

  for (guint i = 0; i < tokens->len; i++)
    {
      CalTranscriptWord word = {
        .word = g_steal_pointer (&tokens->pdata[i]),
        .start = i * step,
        .end = (i + 1) * step,
      };

      g_array_append_val (self->words, word);
    }

  self->text = g_strstrip (g_strdup (text));
  self->text_set = TRUE;
  return self;
}

static const char *
read_string (JsonObject *object,
             const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

/**
 * cal_transcript_new_from_json:
 * @node: the JSON that `calibrd-cli transcribe --json` prints
 * @error: return location for a #GError
 *
 * Reads a transcript back: an object with `text`, `duration_s`, `engine`
 * and `words` (each `word`, `start`, `end` in seconds). Only `words` or
 * `text` is required; a missing duration is taken from the last word.
 *
 * Returns: (transfer full): a new #CalTranscript, or %NULL with @error set
 */
CalTranscript *
cal_transcript_new_from_json (JsonNode  *node,
                              GError   **error)
{
  g_autoptr(CalTranscript) self = NULL;
  JsonObject *object;
  JsonNode *words_node;
  const char *text;
  const char *engine;
  double duration_s = -1.0;
  gboolean has_duration;

  g_return_val_if_fail (node != NULL, NULL);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, CAL_TRANSCRIPT_ERROR, CAL_TRANSCRIPT_ERROR_INVALID,
                   _("The transcript is not a JSON object. Use the output of "
                     "“calibrd-cli transcribe --json”."));
      return NULL;
    }

  object = json_node_get_object (node);
  text = read_string (object, "text");
  engine = read_string (object, "engine");
  has_duration = cal_report_json_read_number (object, "duration_s", &duration_s);
  words_node = json_object_get_member (object, "words");

  if (json_object_has_member (object, "duration_s") &&
      (!has_duration || !(duration_s >= 0.0 && duration_s <= CAL_TRANSCRIPT_MAX_SECONDS)))
    {
      g_set_error (error, CAL_TRANSCRIPT_ERROR, CAL_TRANSCRIPT_ERROR_INVALID,
                   _("The transcript’s “duration_s” must be a number of seconds, zero or more and within a day."));
      return NULL;
    }

  if (words_node == NULL || JSON_NODE_HOLDS_NULL (words_node))
    {
      if (text == NULL)
        {
          g_set_error (error, CAL_TRANSCRIPT_ERROR, CAL_TRANSCRIPT_ERROR_INVALID,
                       _("The transcript has neither “words” nor “text”."));
          return NULL;
        }

      self = cal_transcript_new_from_text (text, has_duration ? duration_s : -1.0);
      if (engine != NULL)
        {
          g_free (self->engine);
          self->engine = g_strdup (engine);
        }
      return g_steal_pointer (&self);
    }

  if (!JSON_NODE_HOLDS_ARRAY (words_node))
    {
      g_set_error (error, CAL_TRANSCRIPT_ERROR, CAL_TRANSCRIPT_ERROR_INVALID,
                   _("The transcript’s “words” must be a list."));
      return NULL;
    }

  self = cal_transcript_new (engine != NULL ? engine : "unknown", 0.0);

  {
    JsonArray *array = json_node_get_array (words_node);
    guint n = json_array_get_length (array);

    for (guint i = 0; i < n; i++)
      {
        JsonNode *item = json_array_get_element (array, i);
        JsonObject *word_object;
        const char *word;
        double start, end;

        if (!JSON_NODE_HOLDS_OBJECT (item) ||
            (word_object = json_node_get_object (item)) == NULL ||
            (word = read_string (word_object, "word")) == NULL ||
            !cal_report_json_read_number (word_object, "start", &start) ||
            !cal_report_json_read_number (word_object, "end", &end) ||
            !(start >= 0.0 && end >= start && end <= CAL_TRANSCRIPT_MAX_SECONDS))
          {
            g_set_error (error, CAL_TRANSCRIPT_ERROR, CAL_TRANSCRIPT_ERROR_INVALID,
                         _("Word %u of the transcript is malformed: each word needs "
                           "“word”, and “start” ≤ “end” in seconds, within a day."), i + 1);
            return NULL;
          }

        cal_transcript_add_word (self, word, start, end);
      }
  }

  if (has_duration)
    self->duration_s = MAX (duration_s, self->duration_s);

  if (text != NULL)
    cal_transcript_set_text (self, text);

  return g_steal_pointer (&self);
}

/**
 * cal_transcript_new_from_data:
 * @data: JSON text
 * @length: length of @data, or -1 if it is nul-terminated
 * @error: return location for a #GError
 *
 * Parses @data and calls cal_transcript_new_from_json().
 *
 * Returns: (transfer full): a new #CalTranscript, or %NULL with @error set
 */
CalTranscript *
cal_transcript_new_from_data (const char  *data,
                              gssize       length,
                              GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (data != NULL, NULL);

  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      g_set_error (error, CAL_TRANSCRIPT_ERROR, CAL_TRANSCRIPT_ERROR_INVALID,
                   _("The transcript is not valid JSON: %s"), local_error->message);
      return NULL;
    }

  /* An empty or whitespace-only document parses without error but has no
   * root: that is not a transcript either. (Found by fuzz-coach-transcript.) */
  if (json_parser_get_root (parser) == NULL)
    {
      g_set_error (error, CAL_TRANSCRIPT_ERROR, CAL_TRANSCRIPT_ERROR_INVALID,
                   _("The transcript is empty."));
      return NULL;
    }

  return cal_transcript_new_from_json (json_parser_get_root (parser), error);
}

/**
 * cal_transcript_add_word:
 * @self: a #CalTranscript
 * @word: the word
 * @start: start time in seconds
 * @end: end time in seconds, not before @start
 *
 * Appends a word. The duration grows to cover it, and the text, unless it
 * was set explicitly, follows the words.
 */
void
cal_transcript_add_word (CalTranscript *self,
                         const char    *word,
                         double         start,
                         double         end)
{
  CalTranscriptWord item;

  g_return_if_fail (CAL_IS_TRANSCRIPT (self));
  g_return_if_fail (word != NULL);

  item.word = g_strdup (word);
  item.start = MAX (start, 0.0);
  item.end = MAX (end, item.start);
  g_array_append_val (self->words, item);

  self->duration_s = MAX (self->duration_s, item.end);
  if (!self->text_set)
    g_clear_pointer (&self->text, g_free);
}

/**
 * cal_transcript_set_text:
 * @self: a #CalTranscript
 * @text: (nullable): the text, or %NULL to derive it from the words again
 *
 * Overrides the text, e.g. with an engine's own punctuated hypothesis.
 */
void
cal_transcript_set_text (CalTranscript *self,
                         const char    *text)
{
  g_return_if_fail (CAL_IS_TRANSCRIPT (self));

  /* g_set_str() is newer than GLib 2.74. */
  if (text != self->text)
    {
      g_free (self->text);
      self->text = g_strdup (text);
    }
  self->text_set = text != NULL;
}

/**
 * cal_transcript_set_duration:
 * @self: a #CalTranscript
 * @duration_s: the length of the recording in seconds
 *
 * Sets the length of the whole recording, which usually runs past the last
 * word. It never shrinks below the end of the last word.
 */
void
cal_transcript_set_duration (CalTranscript *self,
                             double         duration_s)
{
  double last_end = 0.0;

  g_return_if_fail (CAL_IS_TRANSCRIPT (self));

  if (self->words->len > 0)
    last_end = g_array_index (self->words, CalTranscriptWord, self->words->len - 1).end;
  self->duration_s = MAX (duration_s, last_end);
}

/**
 * cal_transcript_get_text:
 * @self: a #CalTranscript
 *
 * Returns: the text: as set, or the words joined by spaces
 */
const char *
cal_transcript_get_text (CalTranscript *self)
{
  g_return_val_if_fail (CAL_IS_TRANSCRIPT (self), NULL);

  if (self->text == NULL)
    {
      GString *text = g_string_new (NULL);

      for (guint i = 0; i < self->words->len; i++)
        {
          if (i > 0)
            g_string_append_c (text, ' ');
          g_string_append (text, g_array_index (self->words, CalTranscriptWord, i).word);
        }
      self->text = g_string_free (text, FALSE);
    }

  return self->text;
}

/**
 * cal_transcript_get_duration:
 * @self: a #CalTranscript
 *
 * Returns: the length of the recording in seconds
 */
double
cal_transcript_get_duration (CalTranscript *self)
{
  g_return_val_if_fail (CAL_IS_TRANSCRIPT (self), 0.0);

  return self->duration_s;
}

/**
 * cal_transcript_get_engine:
 * @self: a #CalTranscript
 *
 * Returns: what produced the words: "pocketsphinx", "text", …
 */
const char *
cal_transcript_get_engine (CalTranscript *self)
{
  g_return_val_if_fail (CAL_IS_TRANSCRIPT (self), NULL);

  return self->engine;
}

/**
 * cal_transcript_get_n_words:
 * @self: a #CalTranscript
 *
 * Returns: the number of words
 */
guint
cal_transcript_get_n_words (CalTranscript *self)
{
  g_return_val_if_fail (CAL_IS_TRANSCRIPT (self), 0);

  return self->words->len;
}

/**
 * cal_transcript_get_word:
 * @self: a #CalTranscript
 * @i: index of the word, below cal_transcript_get_n_words()
 *
 * Returns: (transfer none): the word, valid until @self changes or is freed
 */
const CalTranscriptWord *
cal_transcript_get_word (CalTranscript *self,
                         guint          i)
{
  g_return_val_if_fail (CAL_IS_TRANSCRIPT (self), NULL);
  g_return_val_if_fail (i < self->words->len, NULL);

  return &g_array_index (self->words, CalTranscriptWord, i);
}

/**
 * cal_transcript_to_json:
 * @self: a #CalTranscript
 *
 * Serialises the transcript in the `transcribe` JSON shape, which
 * cal_transcript_new_from_json() reads back.
 *
 * Returns: (transfer full): a JSON object node
 */
JsonNode *
cal_transcript_to_json (CalTranscript *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (CAL_IS_TRANSCRIPT (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, cal_transcript_get_text (self));
  json_builder_set_member_name (builder, "duration_s");
  json_builder_add_double_value (builder, self->duration_s);
  json_builder_set_member_name (builder, "engine");
  json_builder_add_string_value (builder, self->engine);
  json_builder_set_member_name (builder, "words");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->words->len; i++)
    {
      const CalTranscriptWord *word = &g_array_index (self->words, CalTranscriptWord, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "word");
      json_builder_add_string_value (builder, word->word);
      json_builder_set_member_name (builder, "start");
      json_builder_add_double_value (builder, word->start);
      json_builder_set_member_name (builder, "end");
      json_builder_add_double_value (builder, word->end);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/**
 * cal_transcript_to_data:
 * @self: a #CalTranscript
 * @pretty: whether to indent the output
 *
 * Returns: (transfer full): the transcript as JSON text, e.g. for the
 *   `practices` table
 */
char *
cal_transcript_to_data (CalTranscript *self,
                        gboolean       pretty)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (CAL_IS_TRANSCRIPT (self), NULL);

  root = cal_transcript_to_json (self);
  json_generator_set_pretty (generator, pretty);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}
