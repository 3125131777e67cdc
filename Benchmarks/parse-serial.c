/*
 * The floor of a command that parses a few files one after the other (`arusha validate` of one
 * questionnaire, `arusha score` of one response and its questionnaire): reads each file given,
 * in order, on the main thread, and parses it with libyaml's event parser
 * (yaml_parser_parse until the end of the stream), doing nothing with the events. The same
 * work as Benchmarks/parse-only.c without its folder walk and threads, so that its instruction
 * count under callgrind is the same on every run.
 *
 *   cc -O2 -o parse-serial Benchmarks/parse-serial.c -lyaml
 *   ./parse-serial FILE...
 */
#include <stdio.h>
#include <stdlib.h>
#include <yaml.h>

static int parse_file(const char *path) {
  FILE *file = fopen(path, "rb");
  if (!file) { perror(path); return 0; }
  fseek(file, 0, SEEK_END);
  long size = ftell(file);
  fseek(file, 0, SEEK_SET);
  unsigned char *bytes = malloc(size > 0 ? (size_t)size : 1);
  size_t got = fread(bytes, 1, (size_t)size, file);
  fclose(file);
  yaml_parser_t parser;
  yaml_event_t event;
  int ok = 1;
  yaml_parser_initialize(&parser);
  yaml_parser_set_input_string(&parser, bytes, got);
  for (;;) {
    if (!yaml_parser_parse(&parser, &event)) { ok = 0; break; }
    int done = event.type == YAML_STREAM_END_EVENT;
    yaml_event_delete(&event);
    if (done) break;
  }
  yaml_parser_delete(&parser);
  free(bytes);
  return ok;
}

int main(int argc, char **argv) {
  int failures = 0;
  for (int i = 1; i < argc; i++) failures += !parse_file(argv[i]);
  return failures ? 1 : 0;
}
