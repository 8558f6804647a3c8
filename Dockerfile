# planvev as a container image: `docker build -t planvev .`, then in a site's repository
#   docker run --rm --user "$(id -u):$(id -g)" -v "$PWD":/site planvev build
# (check, and serve --bind 0.0.0.0 with -p 8080:8080, work the same way; docs/publishing.md).

# Build stage: the same Maven build as `mvn -B package`, tests skipped (they run in CI).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# The dependencies first, in a layer of their own: a change to the code does not fetch them again.
COPY pom.xml .
# (Best effort: what it misses is fetched by the package step.)
RUN mvn -B -q dependency:go-offline || true
COPY src src
COPY templates templates
# The image has no .git; pass the commit for `planvev --version`:
#   docker build --build-arg PLANVEV_COMMIT="$(git rev-parse --short=12 HEAD)" -t planvev .
ARG PLANVEV_COMMIT=unknown
RUN PLANVEV_COMMIT="$PLANVEV_COMMIT" mvn -B -DskipTests package

# Run stage: a Java runtime, the jar and its start script, and a user that is not root.
FROM eclipse-temurin:17-jre
RUN useradd --create-home --uid 10001 --user-group planvev
COPY --from=build /src/target/planvev.jar /src/target/planvev /opt/planvev/
RUN ln -s /opt/planvev/planvev /usr/local/bin/planvev
USER planvev
# The site's repository (content/, and templates/ if it overrides the theme) is mounted here.
WORKDIR /site
EXPOSE 8080
ENTRYPOINT ["planvev"]
CMD ["--help"]
