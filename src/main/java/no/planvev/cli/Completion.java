package no.planvev.cli;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.planvev.cli.Parser.Complete;
import no.planvev.cli.Parser.Opt;
import no.planvev.cli.Parser.Verb;

/**
 * The bash completion script (zsh loads it through bashcompinit), written from the same table of
 * verbs and options the parser reads, so Tab offers exactly what {@code planvev} takes.
 */
final class Completion {

  private Completion() {}

  /** The script for {@code verbs}: verbs, their options, folders, and the fixed values. */
  static String script(List<Verb> verbs) {
    String commands =
        verbs.stream().filter(v -> !v.hidden()).map(Verb::name).collect(Collectors.joining(" "));
    Set<Opt> options = new LinkedHashSet<>();
    verbs.forEach(v -> options.addAll(v.options()));
    StringBuilder values = new StringBuilder();
    for (Complete c : Complete.values()) {
      String names =
          options.stream()
              .filter(o -> o.takesValue() && o.complete() == c)
              .map(Opt::name)
              .collect(Collectors.joining("|"));
      if (!names.isEmpty()) {
        values.append("    ").append(names).append(") ").append(offer(c)).append("; return ;;\n");
      }
    }
    StringBuilder perVerb = new StringBuilder();
    StringBuilder firstWord = new StringBuilder();
    for (Verb v : verbs) {
      perVerb.append("    ").append(v.name()).append(") options=\"");
      perVerb.append(v.options().stream().map(Opt::name).collect(Collectors.joining(" ")));
      perVerb.append("\" ;;\n");
      if (v.maxWords() > 0 && v.words() != Complete.NOTHING) {
        firstWord.append("    ").append(v.name()).append(") ").append(offer(v.words()));
        firstWord.append(" ;;\n");
      }
    }
    String valued =
        options.stream().filter(Opt::takesValue).map(Opt::name).collect(Collectors.joining(" "));
    return """
        #!/usr/bin/env bash
        # Tab completion for planvev, printed by `planvev completion` from the table its parser
        # reads. bash: source <(planvev completion); zsh: the same line after compinit.
        if [ -n "${ZSH_VERSION:-}" ]; then
          autoload -U +X bashcompinit && bashcompinit
        fi

        _complete_planvev() {
          local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}"
          local commands="%s"
          local valued=" %s "
          local verb="" words=0 i w options=""
          for ((i = 1; i < COMP_CWORD; i++)); do
            w="${COMP_WORDS[i]}"
            if [[ -z "$verb" ]]; then
              [[ "$w" != -* ]] && verb="$w"
            elif [[ "$valued" == *" $w "* ]]; then
              i=$((i + 1))
            elif [[ "$w" != -* ]]; then
              words=$((words + 1))
            fi
          done
          COMPREPLY=()
          if [[ -z "$verb" ]]; then
            if [[ "$cur" == -* ]]; then
              COMPREPLY=($(compgen -W "--help --version" -- "$cur"))
            else
              COMPREPLY=($(compgen -W "$commands" -- "$cur"))
            fi
            return
          fi
          case "$prev" in
        %s  esac
          case "$verb" in
        %s  esac
          if [[ "$cur" == -* ]]; then
            COMPREPLY=($(compgen -W "$options" -- "$cur"))
            return
          fi
          (( words == 0 )) || return
          case "$verb" in
        %s  esac
        }

        complete -F _complete_planvev planvev
        """
        .formatted(commands, valued, values, perVerb, firstWord);
  }

  /** The bash that fills COMPREPLY with what {@code complete} offers for the current word. */
  private static String offer(Complete complete) {
    return switch (complete) {
      case FOLDER -> "COMPREPLY=($(compgen -d -- \"$cur\"))";
      case COMMAND -> "COMPREPLY=($(compgen -W \"$commands\" -- \"$cur\"))";
      case NOTHING -> "COMPREPLY=()";
      default -> {
        String quoted =
            complete.words().stream().map(w -> "\"" + w + "\"").collect(Collectors.joining(" "));
        yield "local values=("
            + quoted
            + "); COMPREPLY=($(compgen -W \"${values[*]}\" -- \"$cur\"))";
      }
    };
  }
}
