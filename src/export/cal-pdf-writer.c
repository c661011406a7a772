/* cal-pdf-writer.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-pdf-writer"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <cairo.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <gio/gunixoutputstream.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "cal-pdf-writer.h"

/* The writer is retained-mode: the add_*() calls only record blocks. save()
 * lays every block out with pango, splits each block into horizontal
 * strips (one per text line), places the strips on pages, and only then
 * draws. Knowing every page before drawing the first one is what lets the
 * footer say "Page N of M", and it means a page break can only ever fall
 * between two lines, so no line is lost or drawn twice. */

#define MM (72.0 / 25.4)
#define MARGIN (20.0 * MM)
#define INDENT_STEP 24.0
#define BADGE_COLUMN 34.0
#define LEADING 1.22

typedef enum
{
  STYLE_TITLE,
  STYLE_SUBTITLE,
  STYLE_HEADING,
  STYLE_SUBHEADING,
  STYLE_BODY,
  STYLE_NOTE,
  STYLE_ITEM,
  STYLE_KEY,
  STYLE_TABLE_HEADER,
  STYLE_TABLE_CELL,
  STYLE_RUNNING,
  N_STYLES
} Style;

typedef struct
{
  double r, g, b;
} Rgb;

/* GNOME palette: Blue 5 for structure, Dark 4/Dark 2 for text, Light 3 for
 * rules. Calm on paper and still readable when printed in grey. */
static const Rgb blue5 = { 0x1a / 255.0, 0x5f / 255.0, 0xb4 / 255.0 };
static const Rgb blue3 = { 0x35 / 255.0, 0x84 / 255.0, 0xe4 / 255.0 };
static const Rgb dark4 = { 0x24 / 255.0, 0x1f / 255.0, 0x31 / 255.0 };
static const Rgb dark2 = { 0x5e / 255.0, 0x5c / 255.0, 0x64 / 255.0 };
static const Rgb light4 = { 0xc0 / 255.0, 0xbf / 255.0, 0xbc / 255.0 };
static const Rgb light3 = { 0xde / 255.0, 0xdd / 255.0, 0xda / 255.0 };
static const Rgb light2 = { 0xf6 / 255.0, 0xf5 / 255.0, 0xf4 / 255.0 };
static const Rgb white = { 1.0, 1.0, 1.0 };

static const struct
{
  const char *font;
  const Rgb  *color;
  double      leading;
} styles[N_STYLES] = {
  [STYLE_TITLE] = { "Cantarell Bold 22", &blue5, 1.05 },
  [STYLE_SUBTITLE] = { "Cantarell 11", &dark2, 1.15 },
  [STYLE_HEADING] = { "Cantarell Bold 15", &blue5, 1.1 },
  [STYLE_SUBHEADING] = { "Cantarell Bold 11.5", &dark4, 1.15 },
  [STYLE_BODY] = { "DejaVu Sans 9.5", &dark4, LEADING },
  [STYLE_NOTE] = { "DejaVu Sans 8.5", &dark2, LEADING },
  [STYLE_ITEM] = { "Cantarell Bold 11", &dark4, 1.15 },
  [STYLE_KEY] = { "DejaVu Sans Bold 8.5", &dark2, LEADING },
  [STYLE_TABLE_HEADER] = { "Cantarell Bold 9.5", &dark4, 1.15 },
  [STYLE_TABLE_CELL] = { "DejaVu Sans 8.5", &dark4, LEADING },
  [STYLE_RUNNING] = { "Cantarell 8", &dark2, 1.0 },
};

typedef enum
{
  BLOCK_TITLE,
  BLOCK_SUBTITLE,
  BLOCK_HEADING,
  BLOCK_SUBHEADING,
  BLOCK_PARAGRAPH,
  BLOCK_NOTE,
  BLOCK_BULLET,
  BLOCK_ITEM,
  BLOCK_KEY_VALUE,
  BLOCK_TABLE_ROW,
  BLOCK_SPACE,
} BlockKind;

typedef struct
{
  double x;       /* of the line's logical rectangle, inside its layout */
  double ascent;  /* top of the line to its baseline, with half the leading */
  double height;  /* with leading */
} LineInfo;

typedef struct
{
  PangoLayout *layout;
  double       x;      /* relative to the block's left edge */
  GArray      *lines;  /* LineInfo */
} Cell;

typedef struct _Block Block;

struct _Block
{
  BlockKind  kind;
  guint      indent;
  char      *text;
  char      *aux;         /* badge, or key of a key/value row */
  char     **cells;       /* table rows */
  double    *widths;      /* table rows: column fractions, shared per table */
  guint      n_columns;
  gboolean   header_row;
  Block     *table_header; /* the header row to repeat after a page break */
  double     space;        /* BLOCK_SPACE */

  /* Filled in by layout_block(). */
  double     x;
  double     width;
  GPtrArray *layout_cells; /* Cell */
  PangoLayout *badge;
  guint      n_strips;
  double    *strip_height;
  double     pad_top;
  double     pad_bottom;
  double     space_before;
  double     space_after;
  gboolean   keep_together;
  gboolean   keep_with_next;
};

typedef struct
{
  Block  *block;
  guint   strip;
  double  y;
} Placement;

struct _CalPdfWriter
{
  GObject      parent_instance;

  CalPageSize  page_size;
  double       page_width;
  double       page_height;

  char        *title;
  char        *author;
  char        *subject;
  char        *header_title;
  GDateTime   *creation_date;

  GPtrArray   *blocks;      /* Block */
  guint        indent;
  double      *table_widths;
  guint        table_columns;
  Block       *table_header;

  GPtrArray   *pages;       /* GArray of Placement */
};

G_DEFINE_FINAL_TYPE (CalPdfWriter, cal_pdf_writer, G_TYPE_OBJECT)

static void
cell_free (gpointer data)
{
  Cell *cell = data;

  g_clear_object (&cell->layout);
  g_clear_pointer (&cell->lines, g_array_unref);
  g_free (cell);
}

static void
block_clear_layout (Block *block)
{
  g_clear_pointer (&block->layout_cells, g_ptr_array_unref);
  g_clear_object (&block->badge);
  g_clear_pointer (&block->strip_height, g_free);
  block->n_strips = 0;
}

static void
block_free (gpointer data)
{
  Block *block = data;

  block_clear_layout (block);
  g_free (block->text);
  g_free (block->aux);
  g_strfreev (block->cells);
  g_free (block->widths);
  g_free (block);
}

static char *
valid_text (const char *text)
{
  return g_utf8_make_valid (text != NULL ? text : "", -1);
}

static Block *
add_block (CalPdfWriter *self,
           BlockKind     kind,
           const char   *text,
           const char   *aux)
{
  Block *block = g_new0 (Block, 1);

  block->kind = kind;
  block->indent = self->indent;
  block->text = valid_text (text);
  block->aux = aux != NULL && *aux != '\0' ? valid_text (aux) : NULL;
  g_ptr_array_add (self->blocks, block);

  /* Any block other than a row closes an open table. */
  if (kind != BLOCK_TABLE_ROW)
    cal_pdf_writer_end_table (self);

  return block;
}

static PangoLayout *
make_layout (PangoContext *context,
             Style         style,
             const char   *text,
             double        width)
{
  PangoLayout *layout = pango_layout_new (context);
  g_autoptr(PangoFontDescription) desc = pango_font_description_from_string (styles[style].font);

  pango_layout_set_font_description (layout, desc);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_text (layout, text, -1);

  return layout;
}

static Cell *
make_cell_full (PangoContext  *context,
                Style          style,
                const char    *text,
                double         x,
                double         width,
                PangoAttrList *attrs,
                double         indent)
{
  Cell *cell = g_new0 (Cell, 1);
  PangoLayoutIter *iter;

  cell->layout = make_layout (context, style, text, width);
  if (attrs != NULL)
    pango_layout_set_attributes (cell->layout, attrs);
  if (indent != 0)
    pango_layout_set_indent (cell->layout, (int) (indent * PANGO_SCALE));
  cell->x = x;
  cell->lines = g_array_new (FALSE, FALSE, sizeof (LineInfo));

  iter = pango_layout_get_iter (cell->layout);
  do
    {
      PangoRectangle logical;
      LineInfo info;
      double extra;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      info.x = (double) logical.x / PANGO_SCALE;
      info.height = (double) logical.height / PANGO_SCALE * styles[style].leading;
      extra = info.height - (double) logical.height / PANGO_SCALE;
      info.ascent = (double) (pango_layout_iter_get_baseline (iter) - logical.y) / PANGO_SCALE + extra / 2.0;
      g_array_append_val (cell->lines, info);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  return cell;
}

static Cell *
make_cell (PangoContext *context,
           Style         style,
           const char   *text,
           double        x,
           double        width)
{
  return make_cell_full (context, style, text, x, width, NULL, 0);
}

static PangoAttribute *
attr_range (PangoAttribute *attr,
            gsize           start,
            gsize           end)
{
  attr->start_index = start;
  attr->end_index = end;
  return attr;
}

static PangoAttribute *
attr_gap (double width,
          gsize  start)
{
  PangoRectangle rect = { 0, 0, (int) (width * PANGO_SCALE), 0 };

  return attr_range (pango_attr_shape_new (&rect, &rect), start, start + 1);
}

static double
content_width (CalPdfWriter *self)
{
  return self->page_width - 2 * MARGIN;
}

static void
layout_block (CalPdfWriter *self,
              PangoContext *context,
              Block        *block)
{
  double width = content_width (self) - block->indent * INDENT_STEP;
  guint n_strips = 0;

  block_clear_layout (block);
  block->layout_cells = g_ptr_array_new_with_free_func (cell_free);
  block->x = block->indent * INDENT_STEP;
  block->pad_top = block->pad_bottom = 0;
  block->keep_together = TRUE;
  block->keep_with_next = FALSE;

  switch (block->kind)
    {
    case BLOCK_TITLE:
      g_ptr_array_add (block->layout_cells, make_cell (context, STYLE_TITLE, block->text, 0, width));
      block->space_after = 4;
      block->keep_with_next = TRUE;
      break;

    case BLOCK_SUBTITLE:
      g_ptr_array_add (block->layout_cells, make_cell (context, STYLE_SUBTITLE, block->text, 0, width));
      block->space_before = 0;
      block->pad_bottom = 10;
      block->space_after = 14;
      break;

    case BLOCK_HEADING:
      g_ptr_array_add (block->layout_cells, make_cell (context, STYLE_HEADING, block->text, 0, width));
      block->space_before = 20;
      block->pad_bottom = 6;
      block->space_after = 8;
      block->keep_with_next = TRUE;
      break;

    case BLOCK_SUBHEADING:
      g_ptr_array_add (block->layout_cells, make_cell (context, STYLE_SUBHEADING, block->text, 0, width));
      block->space_before = 12;
      block->space_after = 4;
      block->keep_with_next = TRUE;
      break;

    case BLOCK_PARAGRAPH:
    case BLOCK_NOTE:
      g_ptr_array_add (block->layout_cells,
                       make_cell (context, block->kind == BLOCK_NOTE ? STYLE_NOTE : STYLE_BODY,
                                  block->text, 0, width));
      block->space_before = block->kind == BLOCK_NOTE ? 2 : 4;
      block->space_after = 2;
      /* Paragraphs may break between any two lines. */
      block->keep_together = FALSE;
      break;

    case BLOCK_BULLET:
    case BLOCK_ITEM:
      {
        double column = block->kind == BLOCK_ITEM || block->aux != NULL ? BADGE_COLUMN : 14;
        Style style = block->kind == BLOCK_ITEM ? STYLE_ITEM : STYLE_BODY;

        if (block->aux != NULL)
          {
            /* The badge is the first run of the text itself, with a
             * hanging indent for the lines after it: PDF readers and copy
             * and paste then see "P1 Title" on one line, in that order. */
            g_autoptr(PangoFontDescription) desc = pango_font_description_from_string (styles[style].font);
            g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();
            g_autofree char *text = g_strdup_printf (" %s %s", block->aux, block->text);
            const Rgb *fg = g_strcmp0 (block->aux, "P3") == 0 ? &dark4 : &white;
            gsize badge_end = 1 + strlen (block->aux);
            PangoRectangle logical;
            double badge_width;

            /* Same size as the title: PDF readers split runs of different
             * sizes into separate text blocks, and would read the badge
             * after the title. */
            pango_font_description_set_weight (desc, PANGO_WEIGHT_BOLD);
            pango_font_description_set_family (desc, "Cantarell");
            block->badge = make_layout (context, style, block->aux, -1);
            pango_layout_set_font_description (block->badge, desc);
            pango_layout_get_extents (block->badge, NULL, &logical);
            badge_width = (double) logical.width / PANGO_SCALE;
            column = MAX (badge_width + 8 + 3, INDENT_STEP);

            pango_attr_list_insert (attrs, attr_gap (4, 0));
            pango_attr_list_insert (attrs, attr_range (pango_attr_font_desc_new (desc), 1, badge_end));
            pango_attr_list_insert (attrs, attr_range (pango_attr_foreground_new (fg->r * 65535, fg->g * 65535, fg->b * 65535),
                                                       1, badge_end));
            pango_attr_list_insert (attrs, attr_gap (column - 4 - badge_width, badge_end));
            g_ptr_array_add (block->layout_cells, make_cell_full (context, style, text, 0, width, attrs, -column));
          }
        else
          {
            g_ptr_array_add (block->layout_cells, make_cell (context, style, block->text, column, width - column));
          }
        block->space_before = block->kind == BLOCK_ITEM ? 10 : 3;
        block->space_after = 1;
        /* An item's title belongs with the detail below it. */
        block->keep_with_next = block->kind == BLOCK_ITEM;
      }
      break;

    case BLOCK_KEY_VALUE:
      {
        double key_width = MIN (115, width * 0.3);

        g_ptr_array_add (block->layout_cells, make_cell (context, STYLE_KEY, block->aux ? block->aux : "", 0, key_width));
        g_ptr_array_add (block->layout_cells, make_cell (context, STYLE_BODY, block->text, key_width + 8, width - key_width - 8));
        block->space_before = 2;
        block->space_after = 1;
      }
      break;

    case BLOCK_TABLE_ROW:
      {
        double x = 0;
        double total = 0;

        for (guint i = 0; i < block->n_columns; i++)
          total += block->widths[i];

        for (guint i = 0; i < block->n_columns; i++)
          {
            double column = width * block->widths[i] / total;
            const char *text = block->cells[i] != NULL ? block->cells[i] : "";

            g_ptr_array_add (block->layout_cells,
                             make_cell (context, block->header_row ? STYLE_TABLE_HEADER : STYLE_TABLE_CELL,
                                        text, x + 5, column - 10));
            x += column;
          }
        block->pad_top = 4;
        block->pad_bottom = 4;
        block->space_before = block->header_row ? 6 : 0;
        block->space_after = 0;
        block->keep_with_next = block->header_row;
      }
      break;

    case BLOCK_SPACE:
    default:
      block->space_before = 0;
      block->space_after = block->space;
      break;
    }

  for (guint i = 0; i < block->layout_cells->len; i++)
    {
      Cell *cell = g_ptr_array_index (block->layout_cells, i);
      n_strips = MAX (n_strips, cell->lines->len);
    }

  block->width = width;
  block->n_strips = n_strips;
  block->strip_height = g_new0 (double, MAX (n_strips, 1));
  for (guint k = 0; k < n_strips; k++)
    {
      for (guint i = 0; i < block->layout_cells->len; i++)
        {
          Cell *cell = g_ptr_array_index (block->layout_cells, i);

          if (k < cell->lines->len)
            block->strip_height[k] = MAX (block->strip_height[k],
                                          g_array_index (cell->lines, LineInfo, k).height);
        }
    }
  if (n_strips > 0)
    {
      block->strip_height[0] += block->pad_top;
      block->strip_height[n_strips - 1] += block->pad_bottom;
    }
}

static double
block_height (Block *block)
{
  double height = 0;

  for (guint k = 0; k < block->n_strips; k++)
    height += block->strip_height[k];

  return height;
}

/* The room a block needs at the bottom of a page before it may start
 * there: all of it when it keeps together, its first line otherwise, plus
 * what a keep-with-next block drags along. A chain that cannot fit on one
 * page is cut back to the block alone, so pagination always advances. */
static double
block_needed (CalPdfWriter *self,
              guint         index,
              double        body_height)
{
  Block *block = g_ptr_array_index (self->blocks, index);
  double own;
  double needed;

  own = block->keep_together ? block_height (block) : (block->n_strips > 0 ? block->strip_height[0] : 0);
  if (own > body_height)
    own = block->n_strips > 0 ? block->strip_height[0] : 0;
  needed = own;

  for (guint i = index; i + 1 < self->blocks->len; i++)
    {
      Block *current = g_ptr_array_index (self->blocks, i);
      Block *next = g_ptr_array_index (self->blocks, i + 1);

      if (!current->keep_with_next)
        break;

      needed += current->space_after + next->space_before;
      if (next->keep_with_next && next->keep_together)
        {
          needed += block_height (next);
          continue;
        }

      if (next->n_strips > 0)
        needed += next->keep_together ? block_height (next) : next->strip_height[0];
      break;
    }

  return needed > body_height ? own : needed;
}

static void
paginate (CalPdfWriter *self)
{
  double body_top = MARGIN;
  double body_bottom = self->page_height - MARGIN;
  double body_height = body_bottom - body_top;
  GArray *page = g_array_new (FALSE, FALSE, sizeof (Placement));
  double y = body_top;
  double pending_space = 0;

  g_clear_pointer (&self->pages, g_ptr_array_unref);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

#define NEW_PAGE() G_STMT_START {                   \
    g_ptr_array_add (self->pages, page);            \
    page = g_array_new (FALSE, FALSE, sizeof (Placement)); \
    y = body_top;                                   \
  } G_STMT_END

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);
      double space = MAX (pending_space, block->space_before);

      if (block->n_strips == 0)
        {
          pending_space = MAX (pending_space, block->space_after);
          continue;
        }

      /* Space never opens a page. */
      if (page->len == 0)
        space = 0;

      if (page->len > 0 && y + space + block_needed (self, i, body_height) > body_bottom)
        {
          NEW_PAGE ();
          space = 0;
        }
      y += space;

      for (guint k = 0; k < block->n_strips; k++)
        {
          Placement placement;

          if (page->len > 0 && y + block->strip_height[k] > body_bottom)
            NEW_PAGE ();

          /* A table continued on a new page repeats its header row. */
          if (page->len == 0 && block->table_header != NULL && block->table_header != block)
            {
              Block *header = block->table_header;

              for (guint h = 0; h < header->n_strips; h++)
                {
                  placement = (Placement) { header, h, y };
                  g_array_append_val (page, placement);
                  y += header->strip_height[h];
                }
            }

          placement = (Placement) { block, k, y };
          g_array_append_val (page, placement);
          y += block->strip_height[k];
        }

      pending_space = block->space_after;
    }

  g_ptr_array_add (self->pages, page);

#undef NEW_PAGE
}

static void
set_color (cairo_t   *cr,
           const Rgb *color)
{
  cairo_set_source_rgb (cr, color->r, color->g, color->b);
}

static void
draw_rule (cairo_t   *cr,
           const Rgb *color,
           double     width,
           double     x1,
           double     x2,
           double     y)
{
  set_color (cr, color);
  cairo_set_line_width (cr, width);
  cairo_move_to (cr, x1, y);
  cairo_line_to (cr, x2, y);
  cairo_stroke (cr);
}

static void
rounded_rectangle (cairo_t *cr,
                   double   x,
                   double   y,
                   double   width,
                   double   height,
                   double   radius)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static const Rgb *
badge_color (const char *badge)
{
  /* Priorities fade from strong blue to grey; any other badge is blue. */
  if (g_strcmp0 (badge, "P2") == 0)
    return &blue3;
  if (g_strcmp0 (badge, "P3") == 0)
    return &light4;
  return &blue5;
}

static void
draw_strip (CalPdfWriter *self,
            cairo_t      *cr,
            Placement    *placement,
            int           page_number,
            int          *outline_parent)
{
  Block *block = placement->block;
  double left = MARGIN + block->x;
  double top = placement->y;
  double content_top = top + (placement->strip == 0 ? block->pad_top : 0);
  double height = block->strip_height[placement->strip];
  gboolean last = placement->strip + 1 == block->n_strips;

  if (block->kind == BLOCK_TABLE_ROW && block->header_row)
    {
      set_color (cr, &light2);
      cairo_rectangle (cr, left, top, block->width, height);
      cairo_fill (cr);
    }

  /* The pill goes under the badge run of the first line. */
  if (placement->strip == 0 && (block->kind == BLOCK_BULLET || block->kind == BLOCK_ITEM))
    {
      Cell *cell = g_ptr_array_index (block->layout_cells, 0);
      LineInfo *info = &g_array_index (cell->lines, LineInfo, 0);
      double mid = content_top + info->height / 2.0;

      if (block->badge != NULL)
        {
          PangoRectangle logical;
          double w, h;

          double baseline = content_top + info->ascent;
          double badge_ascent = (double) pango_layout_get_baseline (block->badge) / PANGO_SCALE;

          pango_layout_get_extents (block->badge, NULL, &logical);
          w = (double) logical.width / PANGO_SCALE + 8;
          h = (double) logical.height / PANGO_SCALE + 2;
          mid = baseline - badge_ascent + (double) logical.height / PANGO_SCALE / 2;
          set_color (cr, badge_color (block->aux));
          rounded_rectangle (cr, left, mid - h / 2, w, h, h / 2);
          cairo_fill (cr);
        }
      else
        {
          set_color (cr, &blue3);
          /* Without a fresh path the arc would join the current point
           * that the last text line left behind. */
          cairo_new_path (cr);
          cairo_arc (cr, left + 4, mid, 2.0, 0, 2 * G_PI);
          cairo_fill (cr);
        }
    }

  for (guint i = 0; i < block->layout_cells->len; i++)
    {
      Cell *cell = g_ptr_array_index (block->layout_cells, i);
      PangoLayoutLine *line;
      LineInfo *info;
      Style style;

      if (placement->strip >= cell->lines->len)
        continue;

      info = &g_array_index (cell->lines, LineInfo, placement->strip);
      line = pango_layout_get_line_readonly (cell->layout, placement->strip);

      switch (block->kind)
        {
        case BLOCK_TITLE: style = STYLE_TITLE; break;
        case BLOCK_SUBTITLE: style = STYLE_SUBTITLE; break;
        case BLOCK_HEADING: style = STYLE_HEADING; break;
        case BLOCK_SUBHEADING: style = STYLE_SUBHEADING; break;
        case BLOCK_NOTE: style = STYLE_NOTE; break;
        case BLOCK_ITEM: style = STYLE_ITEM; break;
        case BLOCK_KEY_VALUE: style = i == 0 ? STYLE_KEY : STYLE_BODY; break;
        case BLOCK_TABLE_ROW: style = block->header_row ? STYLE_TABLE_HEADER : STYLE_TABLE_CELL; break;
        case BLOCK_PARAGRAPH:
        case BLOCK_BULLET:
        case BLOCK_SPACE:
        default:
          style = STYLE_BODY;
          break;
        }

      set_color (cr, styles[style].color);
      cairo_move_to (cr, left + cell->x + info->x, content_top + info->ascent);
      pango_cairo_show_layout_line (cr, line);

    }

  if (placement->strip == 0 && (block->kind == BLOCK_TITLE || block->kind == BLOCK_HEADING || block->kind == BLOCK_SUBHEADING))
    {
      g_autofree char *link = g_strdup_printf ("page=%d pos=[%d %d]", page_number, (int) left, (int) top);
      int parent = block->kind == BLOCK_SUBHEADING ? outline_parent[0] : CAIRO_PDF_OUTLINE_ROOT;
      int id;

      id = cairo_pdf_surface_add_outline (cairo_get_target (cr), parent, block->text, link, 0);
      if (block->kind != BLOCK_SUBHEADING)
        outline_parent[0] = id;
    }

  if (last)
    {
      if (block->kind == BLOCK_SUBTITLE)
        draw_rule (cr, &blue5, 1.5, MARGIN, self->page_width - MARGIN, top + height - 1);
      else if (block->kind == BLOCK_HEADING)
        draw_rule (cr, &light3, 0.8, left, left + block->width, top + height - 2);
      else if (block->kind == BLOCK_TABLE_ROW)
        draw_rule (cr, block->header_row ? &light4 : &light3, 0.6, left, left + block->width, top + height);
    }
}

static void
draw_running (CalPdfWriter *self,
              cairo_t      *cr,
              PangoContext *context,
              guint         page_index,
              guint         n_pages)
{
  g_autofree char *footer = g_strdup_printf (_("Page %u of %u"), page_index + 1, n_pages);
  g_autoptr(PangoLayout) layout = make_layout (context, STYLE_RUNNING, footer, -1);
  double right = self->page_width - MARGIN;
  double footer_y = self->page_height - MARGIN + 14;
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  draw_rule (cr, &light3, 0.6, MARGIN, right, footer_y - 5);
  set_color (cr, styles[STYLE_RUNNING].color);
  cairo_move_to (cr, right - (double) logical.width / PANGO_SCALE, footer_y);
  pango_cairo_show_layout (cr, layout);

  /* The first page carries the document title in full; later pages
   * remind the reader which document a loose sheet belongs to. */
  if (page_index > 0 && self->header_title != NULL)
    {
      g_autoptr(PangoLayout) header = make_layout (context, STYLE_RUNNING, self->header_title,
                                                   content_width (self));
      double header_y = MARGIN - 26;

      pango_layout_set_ellipsize (header, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (header, 0);
      set_color (cr, styles[STYLE_RUNNING].color);
      cairo_move_to (cr, MARGIN, header_y);
      pango_cairo_show_layout (cr, header);
      draw_rule (cr, &light3, 0.6, MARGIN, right, MARGIN - 10);
    }
}

typedef struct
{
  GOutputStream *stream;
  GCancellable  *cancellable;
  GError        *error;
} WriteClosure;

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  WriteClosure *wc = closure;

  if (wc->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;

  if (!g_output_stream_write_all (wc->stream, data, length, NULL, wc->cancellable, &wc->error))
    return CAIRO_STATUS_WRITE_ERROR;

  return CAIRO_STATUS_SUCCESS;
}

static void
set_stream_error (GError     **error,
                  GError      *io_error,
                  const char  *name)
{
  if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_set_error (error, CAL_EXPORT_ERROR, CAL_EXPORT_ERROR_CANCELLED,
                 _("The export was cancelled; “%s” was not written"), name);
  else if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_NO_SPACE))
    g_set_error (error, CAL_EXPORT_ERROR, CAL_EXPORT_ERROR_NO_SPACE,
                 _("There is not enough free space to save “%s”. Free up some space or choose another folder."),
                 name);
  else
    g_set_error (error, CAL_EXPORT_ERROR, CAL_EXPORT_ERROR_WRITE,
                 _("Could not write “%s”: %s. Choose another folder and try again."),
                 name, io_error->message);
}

static void
add_metadata (CalPdfWriter    *self,
              cairo_surface_t *surface)
{
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *date = NULL;
  GDateTime *when = self->creation_date;

  if (when == NULL)
    when = now = g_date_time_new_now_local ();

  date = g_date_time_format (when, "%Y-%m-%dT%H:%M:%S%:z");

  if (self->title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->title);
  if (self->author != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, self->author);
  if (self->subject != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, self->subject);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Calibrd");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
}

static gboolean
write_document (CalPdfWriter   *self,
                GOutputStream  *stream,
                const char     *name,
                GCancellable   *cancellable,
                GError        **error)
{
  /* pango 1.50 declares no autoptr cleanup for PangoContext. */
  g_autoptr(GObject) context_owner = NULL;
  PangoContext *context = NULL;
  g_autoptr(GError) local_error = NULL;
  cairo_font_options_t *options;
  cairo_surface_t *surface;
  WriteClosure closure = { stream, cancellable, NULL };
  cairo_status_t status;
  cairo_t *cr;
  int outline_parent = CAIRO_PDF_OUTLINE_ROOT;

  if (self->blocks->len == 0)
    {
      g_set_error (error, CAL_EXPORT_ERROR, CAL_EXPORT_ERROR_EMPTY,
                   _("There is nothing to export yet; add some content first"));
      return FALSE;
    }

  /* Unhinted metrics at 72 dpi: one pango point is one PDF point, and the
   * measured line widths are exactly the drawn ones. */
  context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  context_owner = G_OBJECT (context);
  pango_cairo_context_set_resolution (context, 72.0);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      if (i % 64 == 0 && g_cancellable_set_error_if_cancelled (cancellable, &local_error))
        {
          set_stream_error (error, local_error, name);
          return FALSE;
        }
      layout_block (self, context, g_ptr_array_index (self->blocks, i));
    }

  paginate (self);

  surface = cairo_pdf_surface_create_for_stream (write_cb, &closure, self->page_width, self->page_height);
  add_metadata (self, surface);
  cr = cairo_create (surface);

  for (guint p = 0; p < self->pages->len && closure.error == NULL; p++)
    {
      GArray *page = g_ptr_array_index (self->pages, p);

      if (g_cancellable_set_error_if_cancelled (cancellable, &closure.error))
        break;

      for (guint i = 0; i < page->len; i++)
        draw_strip (self, cr, &g_array_index (page, Placement, i), p + 1, &outline_parent);
      draw_running (self, cr, context, p, self->pages->len);
      cairo_show_page (cr);
    }

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (closure.error != NULL)
    {
      set_stream_error (error, closure.error, name);
      g_clear_error (&closure.error);
      return FALSE;
    }

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, CAL_EXPORT_ERROR, CAL_EXPORT_ERROR_WRITE,
                   _("Could not render “%s”: %s"), name, cairo_status_to_string (status));
      return FALSE;
    }

  return TRUE;
}

static void
cal_pdf_writer_finalize (GObject *object)
{
  CalPdfWriter *self = (CalPdfWriter *) object;

  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->creation_date, g_date_time_unref);
  g_free (self->title);
  g_free (self->author);
  g_free (self->subject);
  g_free (self->header_title);
  g_free (self->table_widths);

  G_OBJECT_CLASS (cal_pdf_writer_parent_class)->finalize (object);
}

static void
cal_pdf_writer_class_init (CalPdfWriterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cal_pdf_writer_finalize;
}

static void
cal_pdf_writer_init (CalPdfWriter *self)
{
  self->blocks = g_ptr_array_new_with_free_func (block_free);
}

/**
 * cal_pdf_writer_new:
 * @page_size: A4 or US Letter
 *
 * Creates an empty document. Add blocks in reading order, then save().
 *
 * Returns: (transfer full): a new #CalPdfWriter
 */
CalPdfWriter *
cal_pdf_writer_new (CalPageSize page_size)
{
  CalPdfWriter *self = g_object_new (CAL_TYPE_PDF_WRITER, NULL);

  self->page_size = page_size;
  cal_page_size_get_points (page_size, &self->page_width, &self->page_height);

  return self;
}

/**
 * cal_pdf_writer_get_page_size:
 * @self: a #CalPdfWriter
 *
 * Returns: the page size given to cal_pdf_writer_new()
 */
CalPageSize
cal_pdf_writer_get_page_size (CalPdfWriter *self)
{
  g_return_val_if_fail (CAL_IS_PDF_WRITER (self), CAL_PAGE_SIZE_A4);

  return self->page_size;
}

/**
 * cal_pdf_writer_set_metadata:
 * @self: a #CalPdfWriter
 * @title: (nullable): the document title shown by PDF viewers
 * @author: (nullable): who the document is about or by
 * @subject: (nullable): a one-line description
 *
 * Sets the PDF document information. The creator is always "Calibrd".
 */
void
cal_pdf_writer_set_metadata (CalPdfWriter *self,
                             const char   *title,
                             const char   *author,
                             const char   *subject)
{
  g_return_if_fail (CAL_IS_PDF_WRITER (self));

  g_free (self->title);
  g_free (self->author);
  g_free (self->subject);
  self->title = title != NULL ? valid_text (title) : NULL;
  self->author = author != NULL ? valid_text (author) : NULL;
  self->subject = subject != NULL ? valid_text (subject) : NULL;
}

/**
 * cal_pdf_writer_set_creation_date:
 * @self: a #CalPdfWriter
 * @date: (nullable): the creation date; %NULL means the time of saving
 */
void
cal_pdf_writer_set_creation_date (CalPdfWriter *self,
                                  GDateTime    *date)
{
  g_return_if_fail (CAL_IS_PDF_WRITER (self));

  g_clear_pointer (&self->creation_date, g_date_time_unref);
  if (date != NULL)
    self->creation_date = g_date_time_ref (date);
}

/**
 * cal_pdf_writer_set_header_title:
 * @self: a #CalPdfWriter
 * @header_title: (nullable): the running header of every page after the first
 */
void
cal_pdf_writer_set_header_title (CalPdfWriter *self,
                                 const char   *header_title)
{
  g_return_if_fail (CAL_IS_PDF_WRITER (self));

  g_free (self->header_title);
  self->header_title = header_title != NULL ? valid_text (header_title) : NULL;
}

/**
 * cal_pdf_writer_add_title:
 * @self: a #CalPdfWriter
 * @title: the document title
 * @subtitle: (nullable): one line under it, e.g. "Staff Engineer · Acme · 3 May 2026"
 *
 * Adds the document title block, underlined by an accent rule.
 */
void
cal_pdf_writer_add_title (CalPdfWriter *self,
                          const char   *title,
                          const char   *subtitle)
{
  g_return_if_fail (CAL_IS_PDF_WRITER (self));
  g_return_if_fail (title != NULL);

  add_block (self, BLOCK_TITLE, title, NULL);
  add_block (self, BLOCK_SUBTITLE, subtitle != NULL ? subtitle : "", NULL);
}

/**
 * cal_pdf_writer_add_heading:
 * @self: a #CalPdfWriter
 * @text: the section heading
 *
 * Adds a section heading. It is never left alone at the bottom of a page,
 * and it becomes a top-level entry in the PDF outline.
 */
void
cal_pdf_writer_add_heading (CalPdfWriter *self,
                            const char   *text)
{
  g_return_if_fail (CAL_IS_PDF_WRITER (self));
  g_return_if_fail (text != NULL);

  add_block (self, BLOCK_HEADING, text, NULL);
}

/**
 * cal_pdf_writer_add_subheading:
 * @self: a #CalPdfWriter
 * @text: the sub-heading
 *
 * Adds a sub-heading, kept with the block that follows it.
 */
void
cal_pdf_writer_add_subheading (CalPdfWriter *self,
                               const char   *text)
{
  g_return_if_fail (CAL_IS_PDF_WRITER (self));
  g_return_if_fail (text != NULL);

  add_block (self, BLOCK_SUBHEADING, text, NULL);
}

/**
 * cal_pdf_writer_add_paragraph:
 * @self: a #CalPdfWriter
 * @text: plain text; newlines start new lines
 *
 * Adds wrapped body text. A long paragraph continues on the next page
 * line by line.
 */
void
cal_pdf_writer_add_paragraph (CalPdfWriter *self,
                              const char   *text)
{
  g_return_if_fail (CAL_IS_PDF_WRITER (self));
  g_return_if_fail (text != NULL);

  add_block (self, BLOCK_PARAGRAPH, text, NULL);
}

/**
 * cal_pdf_writer_add_note:
 * @self: a #CalPdfWriter
 * @text: plain text
 *
 * Adds a smaller, muted paragraph, for rationales and other asides.
 */
void
cal_pdf_writer_add_note (CalPdfWriter *self,
                         const char   *text)
{
  g_return_if_fail (CAL_IS_PDF_WRITER (self));
  g_return_if_fail (text != NULL);

  add_block (self, BLOCK_NOTE, text, NULL);
}

/**
 * cal_pdf_writer_add_bullet:
 * @self: a #CalPdfWriter
 * @badge: (nullable): a short label drawn as a pill instead of the dot, e.g. "P1"
 * @text: the item text
 *
 * Adds a list item in body text.
 */
void
cal_pdf_writer_add_bullet (CalPdfWriter *self,
                           const char   *badge,
                           const char   *text)
{
  g_return_if_fail (CAL_IS_PDF_WRITER (self));
  g_return_if_fail (text != NULL);

  add_block (self, BLOCK_BULLET, text, badge);
}

/**
 * cal_pdf_writer_add_item:
 * @self: a #CalPdfWriter
 * @badge: (nullable): a short label such as a priority
 * @title: the item title
 *
 * Adds a list item with a bold title, kept with the block after it (its
 * detail). Push an indent to align the detail with the title.
 */
void
cal_pdf_writer_add_item (CalPdfWriter *self,
                         const char   *badge,
                         const char   *title)
{
  g_return_if_fail (CAL_IS_PDF_WRITER (self));
  g_return_if_fail (title != NULL);

  add_block (self, BLOCK_ITEM, title, badge);
}

/**
 * cal_pdf_writer_add_key_value:
 * @self: a #CalPdfWriter
 * @key: the label
 * @value: the value, wrapped in its column
 *
 * Adds a two-column row: a muted label and its value.
 */
void
cal_pdf_writer_add_key_value (CalPdfWriter *self,
                              const char   *key,
                              const char   *value)
{
  g_return_if_fail (CAL_IS_PDF_WRITER (self));
  g_return_if_fail (key != NULL);

  add_block (self, BLOCK_KEY_VALUE, value != NULL ? value : "", key);
}

/**
 * cal_pdf_writer_begin_table:
 * @self: a #CalPdfWriter
 * @n_columns: the number of columns, at least one
 * @widths: (nullable) (array length=n_columns): relative column widths; %NULL for equal columns
 * @headers: (nullable) (array zero-terminated=1): the header row, repeated after each page break
 *
 * Starts a table. Add rows with cal_pdf_writer_add_table_row(); any other
 * block ends the table.
 */
void
cal_pdf_writer_begin_table (CalPdfWriter       *self,
                            guint               n_columns,
                            const double       *widths,
                            const char * const *headers)
{
  g_return_if_fail (CAL_IS_PDF_WRITER (self));
  g_return_if_fail (n_columns > 0);

  cal_pdf_writer_end_table (self);

  self->table_columns = n_columns;
  self->table_widths = g_new (double, n_columns);
  for (guint i = 0; i < n_columns; i++)
    self->table_widths[i] = widths != NULL && widths[i] > 0 ? widths[i] : 1.0;

  if (headers != NULL)
    {
      cal_pdf_writer_add_table_row (self, headers);
      self->table_header = g_ptr_array_index (self->blocks, self->blocks->len - 1);
      self->table_header->header_row = TRUE;
      self->table_header->table_header = NULL;
    }
}

/**
 * cal_pdf_writer_add_table_row:
 * @self: a #CalPdfWriter
 * @cells: (array zero-terminated=1): the cells; missing ones are empty
 *
 * Adds a row to the table begun last.
 */
void
cal_pdf_writer_add_table_row (CalPdfWriter       *self,
                              const char * const *cells)
{
  Block *block;
  guint n;

  g_return_if_fail (CAL_IS_PDF_WRITER (self));
  g_return_if_fail (cells != NULL);
  g_return_if_fail (self->table_widths != NULL);

  block = add_block (self, BLOCK_TABLE_ROW, "", NULL);
  block->n_columns = self->table_columns;
  block->cells = g_new0 (char *, self->table_columns + 1);
  n = g_strv_length ((char **) cells);
  for (guint i = 0; i < self->table_columns; i++)
    block->cells[i] = valid_text (i < n ? cells[i] : "");

  /* The writer owns the widths until the table ends; every row points at
   * its own copy so the table can end at any time. */
  block->widths = g_memdup2 (self->table_widths, sizeof (double) * self->table_columns);
  block->table_header = self->table_header;
}

/**
 * cal_pdf_writer_end_table:
 * @self: a #CalPdfWriter
 *
 * Ends the current table, if any.
 */
void
cal_pdf_writer_end_table (CalPdfWriter *self)
{
  g_return_if_fail (CAL_IS_PDF_WRITER (self));

  g_clear_pointer (&self->table_widths, g_free);
  self->table_columns = 0;
  self->table_header = NULL;
}

/**
 * cal_pdf_writer_add_space:
 * @self: a #CalPdfWriter
 * @points: vertical space in points
 *
 * Adds vertical space. Space at the top of a page is dropped.
 */
void
cal_pdf_writer_add_space (CalPdfWriter *self,
                          double        points)
{
  Block *block;

  g_return_if_fail (CAL_IS_PDF_WRITER (self));

  block = add_block (self, BLOCK_SPACE, "", NULL);
  block->space = MAX (points, 0);
}

/**
 * cal_pdf_writer_push_indent:
 * @self: a #CalPdfWriter
 *
 * Indents the blocks added after it by one step, e.g. an item's detail.
 */
void
cal_pdf_writer_push_indent (CalPdfWriter *self)
{
  g_return_if_fail (CAL_IS_PDF_WRITER (self));

  if (self->indent < 4)
    self->indent++;
}

/**
 * cal_pdf_writer_pop_indent:
 * @self: a #CalPdfWriter
 *
 * Undoes one cal_pdf_writer_push_indent().
 */
void
cal_pdf_writer_pop_indent (CalPdfWriter *self)
{
  g_return_if_fail (CAL_IS_PDF_WRITER (self));

  if (self->indent > 0)
    self->indent--;
}

/**
 * cal_pdf_writer_write_to_stream:
 * @self: a #CalPdfWriter
 * @stream: where the PDF goes
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Lays out and renders the document into @stream. The stream is not
 * closed. Errors are in %CAL_EXPORT_ERROR.
 *
 * Returns: %TRUE on success
 */
gboolean
cal_pdf_writer_write_to_stream (CalPdfWriter   *self,
                                GOutputStream  *stream,
                                GCancellable   *cancellable,
                                GError        **error)
{
  g_return_val_if_fail (CAL_IS_PDF_WRITER (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return write_document (self, stream, _("the PDF"), cancellable, error);
}

/**
 * cal_pdf_writer_save:
 * @self: a #CalPdfWriter
 * @path: the target file
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Renders the document into a temporary file beside @path and renames it
 * over @path only once it is complete and on disk. On any failure — a
 * full disk, an unwritable folder, cancellation — nothing is left under
 * @path, and an existing file there is untouched. Safe to call from a
 * worker thread.
 *
 * Returns: %TRUE on success
 */
gboolean
cal_pdf_writer_save (CalPdfWriter  *self,
                     const char    *path,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *tmp_path = NULL;
  g_autofree char *display = NULL;
  g_autoptr(GOutputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  int fd;

  g_return_val_if_fail (CAL_IS_PDF_WRITER (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  display = g_filename_display_basename (path);

  if (g_cancellable_set_error_if_cancelled (cancellable, &local_error))
    {
      set_stream_error (error, local_error, display);
      return FALSE;
    }

  tmp_path = g_strdup_printf ("%s%c.%s.XXXXXX", dir, G_DIR_SEPARATOR, base);
  fd = g_mkstemp_full (tmp_path, O_WRONLY | O_CLOEXEC, 0644);
  if (fd < 0)
    {
      int saved_errno = errno;
      g_autofree char *display_dir = g_filename_display_name (dir);

      if (saved_errno == ENOSPC || saved_errno == EDQUOT)
        g_set_error (error, CAL_EXPORT_ERROR, CAL_EXPORT_ERROR_NO_SPACE,
                     _("There is not enough free space to save “%s”. Free up some space or choose another folder."),
                     display);
      else
        g_set_error (error, CAL_EXPORT_ERROR, CAL_EXPORT_ERROR_WRITE,
                     _("Could not save “%s” in “%s”: %s. Choose a folder you can write to."),
                     display, display_dir, g_strerror (saved_errno));
      return FALSE;
    }

  stream = g_unix_output_stream_new (fd, TRUE);

  if (!write_document (self, stream, display, cancellable, error))
    {
      g_output_stream_close (stream, NULL, NULL);
      g_unlink (tmp_path);
      return FALSE;
    }

  /* The data must be on disk before the rename makes it visible. */
  if (fsync (fd) != 0 && errno != EINVAL)
    {
      int saved_errno = errno;
      g_autoptr(GError) io_error = g_error_new_literal (G_IO_ERROR, g_io_error_from_errno (saved_errno),
                                                        g_strerror (saved_errno));

      g_output_stream_close (stream, NULL, NULL);
      g_unlink (tmp_path);
      set_stream_error (error, io_error, display);
      return FALSE;
    }

  if (!g_output_stream_close (stream, NULL, &local_error))
    {
      g_unlink (tmp_path);
      set_stream_error (error, local_error, display);
      return FALSE;
    }

  if (g_rename (tmp_path, path) != 0)
    {
      int saved_errno = errno;
      g_autoptr(GError) io_error = g_error_new_literal (G_IO_ERROR, g_io_error_from_errno (saved_errno),
                                                        g_strerror (saved_errno));

      g_unlink (tmp_path);
      set_stream_error (error, io_error, display);
      return FALSE;
    }

  return TRUE;
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  CalPdfWriter *self = source_object;
  GError *error = NULL;

  if (cal_pdf_writer_save (self, task_data, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * cal_pdf_writer_save_async:
 * @self: a #CalPdfWriter
 * @path: the target file
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on the calling thread's main context when done
 * @user_data: data for @callback
 *
 * Runs cal_pdf_writer_save() in a worker thread. The blocks hold their
 * own copies of all text, so the caller's model objects are never touched
 * off the main thread; do not add blocks until the save has finished.
 */
void
cal_pdf_writer_save_async (CalPdfWriter        *self,
                           const char          *path,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (CAL_IS_PDF_WRITER (self));
  g_return_if_fail (path != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, cal_pdf_writer_save_async);
  g_task_set_task_data (task, g_strdup (path), g_free);
  /* Cancellation is reported by save() itself, as CAL_EXPORT_ERROR_CANCELLED,
   * after it has removed its temporary file. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_run_in_thread (task, save_thread);
}

/**
 * cal_pdf_writer_save_finish:
 * @self: a #CalPdfWriter
 * @result: the #GAsyncResult given to the callback
 * @error: return location for a #GError
 *
 * Returns: %TRUE if the PDF was written
 */
gboolean
cal_pdf_writer_save_finish (CalPdfWriter  *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (CAL_IS_PDF_WRITER (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * cal_pdf_writer_get_n_pages:
 * @self: a #CalPdfWriter
 *
 * Returns: the number of pages of the last rendering, or 0 before it
 */
guint
cal_pdf_writer_get_n_pages (CalPdfWriter *self)
{
  g_return_val_if_fail (CAL_IS_PDF_WRITER (self), 0);

  return self->pages != NULL ? self->pages->len : 0;
}
