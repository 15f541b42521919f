/** The importers' messages in Spanish, by code (English lives with the importers). */
import { formatImportIssue, IMPORT_MESSAGES } from "../data/import/types.ts";
import type { ImportCode, ImportIssue } from "../data/import/types.ts";
import type { UiLanguage } from "./locales.ts";

export const IMPORT_MESSAGES_ES: Record<ImportCode, string> = {
  tooBig: "El archivo ocupa {size} MB; Cronica abre archivos de hasta {max} MB",
  empty: "El archivo está vacío",
  tooManyEvents: "El archivo tiene {count} hechos; esta versión de Cronica muestra hasta {max} a la vez: filtre o divida el archivo primero",
  notData: "No es un archivo JSON o CSV que Cronica pueda leer",
  zipFile: "Es un archivo comprimido, como un libro de Excel; guarde la tabla como CSV (UTF-8) y abra ese archivo",
  utf16: "El archivo está guardado como texto UTF-16; guárdelo como UTF-8 y vuelva a abrirlo",
  badJson: "El JSON está cortado o mal formado cerca de la línea {line}, columna {column}",
  badJsonNoPosition: "El JSON está cortado o mal formado",
  unknownJson: 'Es un archivo JSON, pero no uno que Cronica lea (contiene {found}). Cronica lee su propio JSON ("schema": "cronica/1") y JSON de TimelineJS',
  unknownCsv: "Es un archivo CSV, pero sus columnas ({columns}) no son las de Cronica ni las de ACLED. Cronica lee su propia exportación CSV y las exportaciones CSV de ACLED",
  badCsv: "El CSV está mal formado cerca de la línea {line}: {detail}",
  csvUnavailable: "Esta versión no puede abrir los archivos CSV de Cronica",
  futureSchema: 'Este archivo usa el formato "{schema}" de una versión más nueva de Cronica; esta versión lee "{current}". Actualice Cronica para abrirlo',
  unknownSchema: 'Este archivo indica el formato "{schema}", que Cronica no conoce; esta versión lee "{current}"',
  noEvents: "El archivo no tiene hechos",
  moreIssues: "…y {count} problemas más",
  invalid: "{detail}",
  tlNoSource: "El hecho de TimelineJS no tiene un enlace http(s); Cronica necesita una fuente para cada hecho",
  tlNoStart: "no tiene fecha de inicio",
  tlBadDatePart: "{part} debe ser un número entero de {min} a {max} (se encontró {found})",
  tlNoTitle: "no tiene titular ni texto para usar como título",
  tlDuplicateId: 'el unique_id "{id}" se usa dos veces; este hecho pasó a ser "{newId}"',
  tlErasIgnored: "No se importaron {count} eras: Cronica no tiene eras",
  acledNoHeader: "El CSV no tiene fila de encabezado",
  acledNoDateColumn: "El CSV no tiene la columna event_date",
  acledNoDate: "event_date está vacío",
  acledBadDate: '"{found}" no es una fecha: las fechas de ACLED son como 2024-07-28 o 28 July 2024',
  acledBadLatitude: '"{found}" no es una latitud entre -90 y 90',
  acledBadLongitude: '"{found}" no es una longitud entre -180 y 180',
  acledBadFatalities: '"{found}" no es un número entero de muertes',
  acledDuplicateId: 'el identificador "{id}" ya se usa en la fila {row}',
};

/** One import problem, located and worded in the UI language. */
export function importIssueText(issue: ImportIssue, lang: UiLanguage): string {
  if (lang === "en" || issue.code === undefined) return formatImportIssue(issue);
  const params = issue.params ?? {};
  const message = IMPORT_MESSAGES_ES[issue.code].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  const id = issue.id === undefined ? "" : ` ("${issue.id}")`;
  const where = issue.row !== undefined ? `fila ${issue.row}${id}` : issue.index !== undefined ? `hecho ${issue.index}${id}` : "";
  const head = [where, issue.path].filter((s) => s !== "").join(", ");
  return head === "" ? message : `${head}: ${message}`;
}

/** Keeps the two tables in step (checked by a unit test). */
export const IMPORT_CODES = Object.keys(IMPORT_MESSAGES) as ImportCode[];
