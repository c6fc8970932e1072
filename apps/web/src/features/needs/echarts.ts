// The only module that touches ECharts: it registers just what the TNA charts use, and is loaded lazily with them.
// The ESM build: the CommonJS lib/core default-imports as a module object under Vite's interop.
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { HeatmapChart, RadarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, RadarComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([HeatmapChart, RadarChart, AriaComponent, GridComponent, LegendComponent, RadarComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

export { echarts, ReactEChartsCore };

/** Escapes text placed in tooltip HTML (unit and competency names come from user data). */
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
