# Build: a static binary with everything embedded (content, templates, assets).
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 GOOS=linux go build -trimpath -ldflags="-s -w" -o /out/returninfo ./cmd/returninfo

# Run: no shell, no package manager, not root.
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/returninfo /returninfo
USER nonroot:nonroot
EXPOSE 8080 9090
ENTRYPOINT ["/returninfo", "serve", "-addr", ":8080"]
