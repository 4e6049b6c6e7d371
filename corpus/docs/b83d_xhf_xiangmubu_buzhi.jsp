<%@page contentType="text/html;charset=UTF-8"%>
<%@include file="/taglibs.jsp"%>
<%
	pageContext.setAttribute("currentHeader", "jl-home");
%>
<%
	pageContext.setAttribute("currentMenu", "jl-xmjd");
%>
<!doctype html>
<html lang="zh">
<head>
<%@include file="/common/meta.jsp"%>
<title><spring:message
		code="jlFujian-info.jlFujian-info.input.title" text="现场宣传标语" /></title>
<%@include file="/common/s.jsp"%>
</head>
<body>
	<%@include file="/header.jsp"%>
	<div class="row-fluid">
		<%@include file="/menu/jl-workspace.jsp"%>
		<!-- start of main -->
		<section id="m-main" class="span10"
			style='text-justify-trim:punctuation;font-family: 宋体;'>
			<article class="m-widget"
				style="margin-left: auto;margin-right: auto;width: 90%">
				<header class="header"> </header>
				<div class="content content-inner">
					<div class=WordSection1 style='layout-grid:15.6pt'>
						<p class=MsoNormal align=center style='text-align:center'>
							<b><span style='font-size:18.0pt;font-family:宋体'>项目部统一布置标准</span></b>
						</p>
						<p class=MsoNormal>
							<span lang=EN-US>&nbsp;</span>
						</p>
						<p class=MsoNormal style='text-indent:28.0pt'>
							<span style='font-size:14.0pt;
font-family:宋体'>为规范公司管理，创造公司形象，经公司董事会研究决定，公司所有具备条件的项目监理部必须按照公司统一要求的标准进行现场办公区域布置及监理人员着装。</span>
						</p>
						<p class=MsoNormal>
							<span style='font-size:14.0pt;font-family:宋体'>一、办公室布置要求</span>
						</p>
						<p class=MsoNormal style='text-indent:28.5pt'>
							<span lang=EN-US style='font-size:14.0pt'>1</span><span
								style='font-size:14.0pt;font-family:
宋体'>、有公司统一上墙标牌（</span><span
								lang=EN-US style='font-size:14.0pt'>11</span><span
								style='font-size:14.0pt;font-family:宋体'>块），监理执业准则“公平、独立、诚信、科学”，字体要求：</span><span
								lang=EN-US style='font-size:14.0pt'>30*40</span><span
								style='font-size:14.0pt;
font-family:宋体'>，红色黑体字；<a
								href="../jl/fujianyi.doc">（附件一）</a></span>
						</p>
						<p class=MsoNormal style='text-indent:28.5pt'>
							<span lang=EN-US style='font-size:14.0pt'>2</span><span
								style='font-size:14.0pt;font-family:
宋体'>、安全帽采用公司统一定制；</span>
						</p>
						<p class=MsoNormal style='text-indent:28.5pt'>
							<span lang=EN-US style='font-size:14.0pt'>3</span><span
								style='font-size:14.0pt;font-family:
宋体'>、监理部人员统一胸牌；<a
								href="../jl/fujianer.doc">（附件二）</a></span>
						</p>
						<p class=MsoNormal>
							<span style='font-size:14.0pt;font-family:宋体'>二、监理资料整理、归档要求</span>
						</p>
						<p class=MsoNormal style='text-indent:28.5pt'>
							<span lang=EN-US style='font-size:14.0pt'>1</span><span
								style='font-size:14.0pt;font-family:
宋体'>、监理日志：采用公司统一印制的监理日志；</span>
						</p>
						<p class=MsoNormal style='text-indent:28.5pt'>
							<span lang=EN-US style='font-size:14.0pt'>2</span><span
								style='font-size:14.0pt;font-family:
宋体'>、旁站记录：采用公司统一印制的旁站记录；</span>
						</p>
						<p class=MsoNormal style='text-indent:28.5pt'>
							<span lang=EN-US style='font-size:14.0pt'>3</span><span
								style='font-size:14.0pt;font-family:
宋体'>、监理技术资料封面统一。<a
								href="../jl/fujiansan.doc">（附件三）</a></span>
						</p>
						<p class=MsoNormal style='text-indent:28.5pt'>
							<span lang=EN-US style='font-size:14.0pt'>&nbsp;</span>
						</p>
						<p class=MsoNormal style='text-indent:28.5pt'>
							<span lang=EN-US style='font-size:14.0pt'>&nbsp;</span>
						</p>
						<p class=MsoNormal align=left style='text-align:left'>
							<span lang=EN-US style='font-size:14.0pt'>&nbsp;</span>
						</p>
					</div>
				</div>
			</article>
		</section>
	</div>
</body>
</html>
