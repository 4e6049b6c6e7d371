@extends('layouts.white')
@section('content')
	<div class="col-md-10">		  	
		  	<div class="row">
  			<div class="col-md-12 panel-warning">
  				<div class="content-box-header">
					<div class="panel-title"><h2>學校特色與發展願景</h2></div>
				</div>
  				<div class="panel-body">
  					<h4><a href="{{ url('/info_public/ir_sys/1-4.pdf') }}"><i class="glyphicon glyphicon-download-alt"></i>學校特色與發展願景</a></h4>
					<table width="60%">
						<tr>
					　　	<th colspan=2><font face="DFKai-sb" color="black" size="4">1.學校特色說明</font></th>							
						</tr>
						<tr>
							<td width="4%"></td>
					　　	<td align="justify"><font face="DFKai-sb" color="black" size="4">
								本校為研究型大學，向以理工著稱，尤在電子、資通訊及光電等領域已佔世界頂尖領導之地位，另於優勢基礎之上，
								發展管理與科技領域之結合、開拓人文社會新興領域及開展國際客家文化。近年更結合既有優勢領域進入新興生醫電子
								領域並發展問題解決為取向之科技應用工程領域。<br><br>
								另各校區說明可參閱交大發展館/校區地圖之連結網址<br>
								<a href="http://www2.lib.nctu.edu.tw/museum/cht/campus/map.htm">
								http://www2.lib.nctu.edu.tw/museum/cht/campus/map.htm
								</a>
							</font></td>
						</tr>
						<tr><th><br></th></tr>
						<tr>
					　　	<th colspan=2><font face="DFKai-sb" color="black" size="4">2.學校未來發展願景或短中長程發展</font></th>							
						</tr>
						<tr>
							<td width="4%"></td>
							<td align="justify"><font face="DFKai-sb" color="black" size="4">
								本校以成為世界頂尖一流大學及全球高科技產業研發與創新之重鎮為長程發展願景，期以「培育跨領域領導人才」及「尖端研究及應用」為柱，以「國際化」、「校際合作」、「教研相長」為樑，達成發展目標。為達成發展目標，除加強落實行政E化、強化行政評鑑及開源節流作為行政革新及永續經營的策略外，本校亦提出六項主軸策略含：<br>
								一、  培育優質跨領域人才。<br>
								二、  推動科技整合、跨領域研究。<br>
								三、  延攬傑出人才及留住國內優秀人才。<br>
								四、  深化產學合作。<br>
								五、  推動國際化。<br>
								六、  校園空間整體規劃及永續經營。<br><br>
								未來本校將持續依發展優勢，在教學方面培養學生的基本素養與核心能力，實施全人教育，強化專業知能；在研究方面，提升研究能量，質量並重，以對學術產生貢獻；在社會責任方面，促進關懷與服務，進行產學合作，並加強與校友之合作，以回饋社會。<br>
							</font></td>
						</tr>
						<tr><th><br></th></tr>
						<tr>
							<td width="4%"></td>
							<td align="justify"><font face="DFKai-sb" color="black" size="4">
								1.BioICT園區：配合本校中長程發展，以及國家醫療照護需求，本校規劃以臨床整合的生醫科技發展思維，在博愛校區設立BioICT園區，購置研究發展所需之各項儀器設備，推動跨領域生醫工程研究，及研發產學合作，以作為國家發展生醫與智慧醫療的模範。<br>
								2.持續辦理既有老舊館舍之整建：本校光復校區及博愛校區現有之館舍建築，多數均以超過30年以上，屋齡老舊且相關電力、消防等管線系統亟待改善更新，故將依各館舍建築使用狀況及需求，持續辦理既有老舊館舍之整建工程。<br>
								3.各校區基礎建設開發：台南校區學生宿舍籌建、校園公共設施提升等規劃建置、竹北六家校區配合新竹縣政府進行該區整體規劃，同時持續辦理校園道路、景觀等校區基礎建設工程、光復校區規劃進行校園空間及景觀改造工程。<br>
								4.配合行政院推動之節能減碳計畫，本校除成立委員會推行個人及單位之省電措施外，同時陸續辦理大型設備及建築館舍整體之節電改善工程，辦理迄今已獲致相當成效，後續將積極規畫系統式及館舍ESCO節能績效工程。<br>
							</font></td>
						</tr>
						<tr><th><br></th></tr>
						<tr>
					　　	<th colspan=2><font face="DFKai-sb" color="black" size="4">3.學校SWOT分析</font></th>							
						</tr>
						<tr>
							<td width="4%"></td>
							<td>
							<img src="/img/info_public/ir_sys/1-4-1.png"></img><br>
							</td>
						</tr>
												
					</table> 				
				</div>
  			</div>
  			</div>
  	</div>
@endsection