# syntax=docker/dockerfile:1
# DHO Connect: build with the Maven wrapper on a JDK, run on a JRE as a non-root user.
#   docker build -t dho-connect .
# Production settings come from the environment (see docker-compose.yml and .env.example).

# --- build ---------------------------------------------------------------------------------
# Node.js 20 and npm build the LIFF app (liff-web/) inside the Maven build; taken from the
# official Node image (Ubuntu's own nodejs is too old for Vite).
FROM node:20-bookworm-slim AS node

FROM eclipse-temurin:17-jdk AS build
COPY --from=node /usr/local/bin/node /usr/local/bin/node
COPY --from=node /usr/local/lib/node_modules/npm /usr/local/lib/node_modules/npm
RUN ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \
	&& node --version && npm --version
WORKDIR /workspace
COPY mvnw pom.xml ./
COPY .mvn .mvn
# dependencies first, so a code change does not download them again
RUN chmod +x mvnw
# best effort: a plugin that go-offline cannot resolve is fetched by the package step below
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q dependency:go-offline || true
COPY liff-web liff-web
COPY src src
RUN --mount=type=cache,target=/root/.m2 --mount=type=cache,target=/root/.npm ./mvnw -B -DskipTests package \
	&& cp target/dho-connect-*.jar /workspace/app.jar

# --- run -----------------------------------------------------------------------------------
# The full Temurin JRE keeps the jdk.localedata module: Thai word segmentation uses
# BreakIterator with locale "th", which needs it (a jlink image must add it explicitly).
FROM eclipse-temurin:17-jre
RUN java --list-modules | grep -q '^jdk.localedata@' \
	&& groupadd --system dho \
	&& useradd --system --gid dho --home-dir /app --shell /usr/sbin/nologin dho \
	&& mkdir -p /app/data/files \
	&& chown -R dho:dho /app
WORKDIR /app
COPY --from=build --chown=dho:dho /workspace/app.jar /app/app.jar

ENV SPRING_PROFILES_ACTIVE=mysql \
	DHO_STORAGE_DIRECTORY=/app/data/files \
	DHO_DEMO_ENABLED=false \
	JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -Djava.awt.headless=true -Dfile.encoding=UTF-8"
# attachments (and anything else the app keeps on disk) live on a volume
VOLUME /app/data
EXPOSE 8080
USER dho

# no curl in the image: ask the health endpoint with bash's /dev/tcp
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
	CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /actuator/health HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && grep -q '\"status\":\"UP\"' <&3"]

ENTRYPOINT ["java", "-jar", "/app/app.jar"]
