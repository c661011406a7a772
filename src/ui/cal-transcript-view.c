/* cal-transcript-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The words of a spoken answer. Each word can be clicked (or reached with
 * the caret and Enter) to play the recording from it; fillers are
 * highlighted and long pauses are marked where they happened.
 */

#define G_LOG_DOMAIN "cal-transcript-view"

#include "config.h"

#include <glib/gi18n.h>

#include "cal-transcript-view.h"

typedef struct
{
  int       start;    /* byte offsets of the word in the label's text */
  int       end;
  char     *escaped;  /* the word, escaped for markup */
  gboolean  filler;
} WordSpan;

struct _CalTranscriptView
{
  AdwBin         parent_instance;

  GtkLabel      *label;

  CalTranscript *transcript;
  GArray        *spans;          /* WordSpan, one per transcript word */
  GPtrArray     *before;         /* the pause marker before each word, or NULL */
  int            current;        /* word shown as being played, or -1 */
  guint          n_fillers;
  guint          n_pauses;
};

G_DEFINE_FINAL_TYPE (CalTranscriptView, cal_transcript_view, ADW_TYPE_BIN)

enum {
  WORD_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
word_span_clear (WordSpan *span)
{
  g_free (span->escaped);
}

static char *
color_string (GtkWidget  *widget,
              const char *name,
              const char *fallback,
              double      alpha)
{
  GdkRGBA color;

  if (!gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), name, &color))
    gdk_rgba_parse (&color, fallback);
  return g_strdup_printf ("#%02x%02x%02x%02x", (int) (color.red * 255), (int) (color.green * 255),
                          (int) (color.blue * 255), (int) (alpha * 255));
}

static int
word_at_index (CalTranscriptView *self,
               int                index)
{
  guint low = 0, high = self->spans->len;

  /* Binary search: spans are in text order. */
  while (low < high)
    {
      guint mid = (low + high) / 2;
      const WordSpan *span = &g_array_index (self->spans, WordSpan, mid);

      if (index < span->start)
        high = mid;
      else if (index >= span->end)
        low = mid + 1;
      else
        return mid;
    }

  return -1;
}

static void
activate_word (CalTranscriptView *self,
               int                index)
{
  const CalTranscriptWord *word;

  if (index < 0 || self->transcript == NULL || (guint) index >= self->spans->len)
    return;

  word = cal_transcript_get_word (self->transcript, index);
  g_signal_emit (self, signals[WORD_ACTIVATED], 0, (guint) index, word->start);
}

/* Rebuilds the label from the pieces, with the word being played marked.
 * Translucent backgrounds keep the text readable in light and dark. */
static void
update_markup (CalTranscriptView *self)
{
  g_autoptr(GString) markup = g_string_new (NULL);
  g_autoptr(GString) plain = g_string_new (NULL);
  g_autofree char *accent = color_string (GTK_WIDGET (self), "accent_color", "#3584e4", 0.3);
  g_autofree char *warning = color_string (GTK_WIDGET (self), "warning_color", "#e5a50a", 0.4);

  for (guint i = 0; i < self->spans->len; i++)
    {
      WordSpan *span = &g_array_index (self->spans, WordSpan, i);
      const char *before = g_ptr_array_index (self->before, i);
      const char *background = (int) i == self->current ? accent : span->filler ? warning : NULL;

      if (i > 0)
        {
          g_string_append_c (markup, ' ');
          g_string_append_c (plain, ' ');
        }
      if (before != NULL)
        {
          g_autofree char *escaped = g_markup_escape_text (before, -1);

          g_string_append_printf (markup, "<span size=\"small\" style=\"italic\" alpha=\"65%%\">%s</span> ",
                                  escaped);
          g_string_append_printf (plain, "%s ", before);
        }

      /* Each word is a link, so it can be reached and played from the
       * keyboard too. */
      g_string_append_printf (markup, "<a href=\"w:%u\">", i);
      if (background != NULL)
        g_string_append_printf (markup, "<span background=\"%s\"%s>%s</span>", background,
                                span->filler ? " underline=\"single\"" : "", span->escaped);
      else
        g_string_append (markup, span->escaped);
      g_string_append (markup, "</a>");

      span->start = plain->len;
      g_string_append (plain, cal_transcript_get_word (self->transcript, i)->word);
      span->end = plain->len;
    }

  gtk_label_set_markup (self->label, markup->str);
}

static gboolean
on_activate_link (CalTranscriptView *self,
                  const char        *uri)
{
  guint64 index;

  if (!g_str_has_prefix (uri, "w:") || !g_ascii_string_to_unsigned (uri + 2, 10, 0, G_MAXUINT, &index, NULL))
    return FALSE;

  activate_word (self, (int) index);
  return TRUE;
}

/* Clicks are hit-tested here, not by the label's own link handling, so a
 * click anywhere on a word (also between letters of its highlight) plays
 * it, and only once. */
static void
on_click_pressed (GtkGestureClick   *gesture,
                  int                n_press,
                  double             x,
                  double             y,
                  CalTranscriptView *self)
{
  graphene_point_t point;

  if (!gtk_widget_compute_point (GTK_WIDGET (self->label), GTK_WIDGET (self), &GRAPHENE_POINT_INIT (x, y), &point))
    return;
  if (cal_transcript_view_activate_at (self, point.x, point.y))
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
on_dark_changed (CalTranscriptView *self)
{
  if (self->transcript != NULL)
    update_markup (self);
}

static void
cal_transcript_view_dispose (GObject *object)
{
  CalTranscriptView *self = CAL_TRANSCRIPT_VIEW (object);

  g_signal_handlers_disconnect_by_data (adw_style_manager_get_default (), self);
  g_clear_object (&self->transcript);

  G_OBJECT_CLASS (cal_transcript_view_parent_class)->dispose (object);
}

static void
cal_transcript_view_finalize (GObject *object)
{
  CalTranscriptView *self = CAL_TRANSCRIPT_VIEW (object);

  g_clear_pointer (&self->spans, g_array_unref);
  g_clear_pointer (&self->before, g_ptr_array_unref);

  G_OBJECT_CLASS (cal_transcript_view_parent_class)->finalize (object);
}

static void
cal_transcript_view_class_init (CalTranscriptViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cal_transcript_view_dispose;
  object_class->finalize = cal_transcript_view_finalize;

  /**
   * CalTranscriptView::word-activated:
   * @self: the view
   * @index: the word's index in the transcript
   * @start: when the word starts, in seconds
   *
   * The user clicked a word, or activated its link from the keyboard.
   */
  signals[WORD_ACTIVATED] =
    g_signal_new ("word-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_DOUBLE);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/calibrd/App/ui/cal-transcript-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CalTranscriptView, label);
  gtk_widget_class_bind_template_callback (widget_class, on_activate_link);
}

static void
cal_transcript_view_init (CalTranscriptView *self)
{
  GtkGesture *click;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->spans = g_array_new (FALSE, FALSE, sizeof (WordSpan));
  g_array_set_clear_func (self->spans, (GDestroyNotify) word_span_clear);
  self->before = g_ptr_array_new_with_free_func (g_free);
  self->current = -1;

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (on_dark_changed), self, G_CONNECT_SWAPPED);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self->label), "pointer");

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect (click, "pressed", G_CALLBACK (on_click_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->label), GTK_EVENT_CONTROLLER (click));
}

GtkWidget *
cal_transcript_view_new (void)
{
  return g_object_new (CAL_TYPE_TRANSCRIPT_VIEW, NULL);
}

/* Marks word @i (and the words after it) that start one of the report's
 * filler phrases, which may be more than one word ("you know"). */
static guint
filler_length_at (CalTranscript *transcript,
                  guint          i,
                  char         **phrases)
{
  guint n = cal_transcript_get_n_words (transcript);

  for (guint p = 0; phrases != NULL && phrases[p] != NULL; p++)
    {
      g_auto(GStrv) parts = g_strsplit (phrases[p], " ", -1);
      guint len = g_strv_length (parts);
      gboolean match = len > 0 && i + len <= n;

      for (guint k = 0; match && k < len; k++)
        match = g_ascii_strcasecmp (cal_transcript_get_word (transcript, i + k)->word, parts[k]) == 0;
      if (match)
        return len;
    }

  return 0;
}

/**
 * cal_transcript_view_set_transcript:
 * @self: a #CalTranscriptView
 * @transcript: (nullable): the timed words
 * @report: (nullable): the coach report as JSON, for its fillers and
 *   long pauses
 *
 * Shows @transcript, with the fillers and long pauses the coach found.
 */
void
cal_transcript_view_set_transcript (CalTranscriptView *self,
                                    CalTranscript     *transcript,
                                    JsonObject        *report)
{
  g_autoptr(GPtrArray) phrases = g_ptr_array_new_with_free_func (g_free);
  JsonArray *pauses = NULL;
  guint next_pause = 0, filler_left = 0;

  g_return_if_fail (CAL_IS_TRANSCRIPT_VIEW (self));
  g_return_if_fail (transcript == NULL || CAL_IS_TRANSCRIPT (transcript));

  g_set_object (&self->transcript, transcript);
  g_array_set_size (self->spans, 0);
  g_ptr_array_set_size (self->before, 0);
  self->current = -1;
  self->n_fillers = 0;
  self->n_pauses = 0;

  if (transcript == NULL)
    {
      gtk_label_set_markup (self->label, "");
      return;
    }

  if (report != NULL && json_object_has_member (report, "fillers") &&
      JSON_NODE_HOLDS_OBJECT (json_object_get_member (report, "fillers")))
    {
      g_autoptr(GList) names = json_object_get_members (json_object_get_object_member (report, "fillers"));

      for (GList *l = names; l != NULL; l = l->next)
        g_ptr_array_add (phrases, g_strdup (l->data));
    }
  g_ptr_array_add (phrases, NULL);

  if (report != NULL && json_object_has_member (report, "long_pauses") &&
      JSON_NODE_HOLDS_ARRAY (json_object_get_member (report, "long_pauses")))
    pauses = json_object_get_array_member (report, "long_pauses");

  for (guint i = 0; i < cal_transcript_get_n_words (transcript); i++)
    {
      const CalTranscriptWord *word = cal_transcript_get_word (transcript, i);
      WordSpan span = { 0, 0, g_markup_escape_text (word->word, -1), FALSE };
      g_autoptr(GString) marker = NULL;

      /* Long pauses go before the first word spoken after them. */
      while (pauses != NULL && next_pause < json_array_get_length (pauses))
        {
          JsonObject *pause = json_array_get_object_element (pauses, next_pause);
          double end = json_object_get_double_member_with_default (pause, "end", 0);
          double start = json_object_get_double_member_with_default (pause, "start", 0);

          if (word->start + 0.05 < end)
            break;
          if (marker == NULL)
            marker = g_string_new (NULL);
          else
            g_string_append_c (marker, ' ');
          /* Translators: a long silence in a spoken answer, with its length in seconds */
          g_string_append_printf (marker, _("⏸ pause %.1f s"), end - start);
          self->n_pauses++;
          next_pause++;
        }
      g_ptr_array_add (self->before, marker != NULL ? g_string_free (g_steal_pointer (&marker), FALSE) : NULL);

      if (filler_left == 0)
        {
          filler_left = filler_length_at (transcript, i, (char **) phrases->pdata);
          if (filler_left > 0)
            self->n_fillers++;
        }
      if (filler_left > 0)
        {
          span.filler = TRUE;
          filler_left--;
        }
      g_array_append_val (self->spans, span);
    }

  update_markup (self);
}

/**
 * cal_transcript_view_get_transcript:
 * @self: a #CalTranscriptView
 *
 * Returns: (transfer none) (nullable): the transcript shown
 */
CalTranscript *
cal_transcript_view_get_transcript (CalTranscriptView *self)
{
  g_return_val_if_fail (CAL_IS_TRANSCRIPT_VIEW (self), NULL);

  return self->transcript;
}

/**
 * cal_transcript_view_dup_text:
 * @self: a #CalTranscriptView
 *
 * Returns: (transfer full): the text shown, pause markers included
 */
char *
cal_transcript_view_dup_text (CalTranscriptView *self)
{
  g_return_val_if_fail (CAL_IS_TRANSCRIPT_VIEW (self), NULL);

  return g_strdup (gtk_label_get_text (self->label));
}

/**
 * cal_transcript_view_get_n_fillers:
 * @self: a #CalTranscriptView
 *
 * Returns: how many filler phrases are highlighted
 */
guint
cal_transcript_view_get_n_fillers (CalTranscriptView *self)
{
  g_return_val_if_fail (CAL_IS_TRANSCRIPT_VIEW (self), 0);

  return self->n_fillers;
}

/**
 * cal_transcript_view_get_n_pauses:
 * @self: a #CalTranscriptView
 *
 * Returns: how many long pauses are marked
 */
guint
cal_transcript_view_get_n_pauses (CalTranscriptView *self)
{
  g_return_val_if_fail (CAL_IS_TRANSCRIPT_VIEW (self), 0);

  return self->n_pauses;
}

/**
 * cal_transcript_view_get_word_area:
 * @self: a #CalTranscriptView
 * @index: a word of the transcript
 * @area: (out): where the word is drawn, in @self's coordinates
 *
 * Returns: %TRUE if @index is a word shown
 */
gboolean
cal_transcript_view_get_word_area (CalTranscriptView *self,
                                   guint              index,
                                   graphene_rect_t   *area)
{
  const WordSpan *span;
  PangoRectangle first, last;
  graphene_point_t point;
  int x, y;

  g_return_val_if_fail (CAL_IS_TRANSCRIPT_VIEW (self), FALSE);
  g_return_val_if_fail (area != NULL, FALSE);

  if (index >= self->spans->len)
    return FALSE;

  span = &g_array_index (self->spans, WordSpan, index);
  gtk_label_get_layout_offsets (self->label, &x, &y);
  pango_layout_index_to_pos (gtk_label_get_layout (self->label), span->start, &first);
  pango_layout_index_to_pos (gtk_label_get_layout (self->label), span->end - 1, &last);
  if (!gtk_widget_compute_point (GTK_WIDGET (self->label), GTK_WIDGET (self),
                                 &GRAPHENE_POINT_INIT (x + PANGO_PIXELS (first.x), y + PANGO_PIXELS (first.y)),
                                 &point))
    return FALSE;

  graphene_rect_init (area, point.x, point.y,
                      MAX (PANGO_PIXELS (last.x + last.width - first.x), 1), PANGO_PIXELS (first.height));
  return TRUE;
}

/**
 * cal_transcript_view_activate_at:
 * @self: a #CalTranscriptView
 * @x: x in @self's coordinates
 * @y: y in @self's coordinates
 *
 * What a click at (@x, @y) does: if it lands on a word, emits
 * #CalTranscriptView::word-activated.
 *
 * Returns: %TRUE if a word was there
 */
gboolean
cal_transcript_view_activate_at (CalTranscriptView *self,
                                 double             x,
                                 double             y)
{
  graphene_point_t point;
  int lx, ly, index, trailing, word;

  g_return_val_if_fail (CAL_IS_TRANSCRIPT_VIEW (self), FALSE);

  if (!gtk_widget_compute_point (GTK_WIDGET (self), GTK_WIDGET (self->label),
                                 &GRAPHENE_POINT_INIT (x, y), &point))
    return FALSE;

  gtk_label_get_layout_offsets (self->label, &lx, &ly);
  if (!pango_layout_xy_to_index (gtk_label_get_layout (self->label),
                                 (int) ((point.x - lx) * PANGO_SCALE), (int) ((point.y - ly) * PANGO_SCALE),
                                 &index, &trailing))
    return FALSE;

  word = word_at_index (self, index);
  activate_word (self, word);
  return word >= 0;
}

/**
 * cal_transcript_view_set_position:
 * @self: a #CalTranscriptView
 * @seconds: where playback is
 *
 * Marks the word being played. Only a change of word rebuilds the text,
 * so it can follow the player's position updates.
 */
void
cal_transcript_view_set_position (CalTranscriptView *self,
                                  double             seconds)
{
  int found = -1;

  g_return_if_fail (CAL_IS_TRANSCRIPT_VIEW (self));

  if (self->transcript == NULL)
    return;

  for (guint i = 0; i < self->spans->len; i++)
    {
      const CalTranscriptWord *word = cal_transcript_get_word (self->transcript, i);

      if (word->start > seconds)
        break;
      if (seconds < word->end)
        {
          found = i;
          break;
        }
    }

  if (found == self->current)
    return;

  self->current = found;
  update_markup (self);
}
